#include "libm.h"

double frexp(double x, int *e)
{
	uint64_t i = asuint64(x);
	int ex = i >> 52 & 0x7ff;
	if (ex == 0x7ff || x == 0) {
		*e = 0;
		return x;
	}
	if (ex == 0) {
		i = asuint64(x * 0x1p64);
		ex = (int)(i >> 52 & 0x7ff) - 64;
	}
	*e = ex - 0x3fe;
	return asdouble((i & 0x800fffffffffffff) | 0x3fe0000000000000);
}
