#include "libm.h"

/* The larger operand scaled near 1 keeps the squares in range; the rounded
   squares and sum cost about an ulp. */
long double hypotl(long double x, long double y)
{
	x = __builtin_fabsl(x);
	y = __builtin_fabsl(y);
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_infl();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x < y) {
		long double t = x;
		x = y;
		y = t;
	}
	if (y == 0)
		return x;
	int e;
	frexpl(x, &e);
	x = scalbnl(x, -e);
	y = scalbnl(y, -e);
	return scalbnl(sqrtl(x * x + y * y), e);
}
