#include "libm.h"

long double frexpl(long double x, int *e)
{
	int ex = ld_exp(x);
	if (ex == 0x7fff || x == 0) {
		*e = 0;
		return x;
	}
	int adjust = 0;
	if (ex == 0) {
		x *= 0x1p120L;
		ex = ld_exp(x);
		adjust = 120;
	}
	*e = ex - 16382 - adjust;
	return asldouble((asu128(x) & ~((u128)0x7fff << 112)) | (u128)16382 << 112);
}
