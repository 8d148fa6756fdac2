#include "libm.h"

/* atan(sqrt(1 - x^2) / x), from pi when x < 0. */
double acos(double x)
{
	double ax = __builtin_fabs(x);
	if (__builtin_isnan(x))
		return x;
	if (ax > 1)
		return math_edom();
	if (x == 1)
		return 0;
	if (ax < 0x1p-57)
		return 0x1.921fb54442d18p+0;
	double x2l, x2 = mul_exact(ax, ax, &x2l);
	double dl, d = add_exact(1, -x2, &dl);
	double sl, s = sqrt_dd(d, dl - x2l, &sl);
	if (s == 0)
		return x > 0 ? 0 : 0x1.921fb54442d18p+1;
	double lo, hi = __atan_dd(s, sl, ax, 0, &lo);
	if (x < 0) {
		double tl, t = add_exact(0x1.921fb54442d18p+1, -hi, &tl);
		hi = fast_add(t, tl + (0x1.1a62633145c07p-53 - lo), &lo);
	}
	return hi + lo;
}
