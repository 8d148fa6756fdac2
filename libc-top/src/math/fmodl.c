#include "libm.h"

/* Exact: long division of the 113-bit significands, one bit a step. */
long double fmodl(long double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0) {
		math_errno(EDOM);
		return __builtin_nanl("");
	}
	long double ax = __builtin_fabsl(x), ay = __builtin_fabsl(y);
	if (ax < ay)
		return x;
	if (ax == ay)
		return __builtin_copysignl(0.0L, x);
	int ex = ld_exp(x), ey = ld_exp(y);
	u128 mx = asu128(x) & LD_MANT, my = asu128(y) & LD_MANT;
	if (ex)
		mx |= (u128)1 << 112;
	else
		ex = 1;
	if (ey)
		my |= (u128)1 << 112;
	else
		ey = 1;
	for (; ex > ey; ex--) {
		if (mx >= my)
			mx -= my;
		mx <<= 1;
	}
	if (mx >= my)
		mx -= my;
	if (mx == 0)
		return __builtin_copysignl(0.0L, x);
	while (mx < (u128)1 << 112 && ey > 1) {
		mx <<= 1;
		ey--;
	}
	u128 bits = mx < (u128)1 << 112 ? mx : (u128)ey << 112 | (mx & LD_MANT);
	return __builtin_copysignl(asldouble(bits), x);
}
