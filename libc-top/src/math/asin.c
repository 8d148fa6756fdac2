#include "libm.h"

/* atan(x / sqrt(1 - x^2)), with 1 - x^2 and its root as double-doubles. */
double asin(double x)
{
	double ax = __builtin_fabs(x);
	if (__builtin_isnan(x) || ax < 0x1p-27)
		return x;
	if (ax > 1)
		return math_edom();
	if (ax == 1)
		return __builtin_copysign(0x1.921fb54442d18p+0, x);
	double x2l, x2 = mul_exact(ax, ax, &x2l);
	double dl, d = add_exact(1, -x2, &dl);
	double sl, s = sqrt_dd(d, dl - x2l, &sl);
	double lo, hi = __atan_dd(ax, 0, s, sl, &lo);
	return __builtin_copysign(hi + lo, x);
}
