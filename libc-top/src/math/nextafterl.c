#include "libm.h"

long double nextafterl(long double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	long double r;
	if (x == 0) {
		r = __builtin_copysignl(0x1p-16494L, y);
	} else {
		u128 i = asu128(x);
		if ((x < y) == (x > 0))
			i++;
		else
			i--;
		r = asldouble(i);
	}
	if (__builtin_isinf(r) || ld_exp(r) == 0)
		math_errno(ERANGE);
	return r;
}
