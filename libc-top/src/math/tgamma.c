#include "libm_kernels.h"

/* e^(log Gamma(x)) from the double-double logarithm for x > 0 (with the
   sign from the reflection below 0), and exact products for small
   integers. */
double tgamma(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (x == 0)
		return math_erange(1 / x);
	if (__builtin_isinf(x))
		return x > 0 ? x : math_edom();
	if (x < 0 && __builtin_trunc(x) == x)
		return math_edom();
	if (x > 172)
		return math_erange(__builtin_inf());
	if (__builtin_trunc(x) == x && x <= 23) {
		double f = 1;
		for (int k = 2; k < x; k++)
			f *= k;
		return f;
	}
	double lo, hi;
	if (x > 0) {
		hi = __lgamma_pos(x, &lo);
		if (hi > 0x1.62e42fefa39efp+9)
			return math_erange(__builtin_inf());
		double el, e = exp_dd(hi, lo, &el);
		return math_check(e + el);
	}
	double s = __sinpi(x);
	hi = __lgamma_pos(1 - x, &lo);
	if (hi > 745)
		return math_erange(__builtin_copysign(0.0, s));
	double el, e = exp_dd(-hi, -lo, &el);
	return math_check(0x1.921fb54442d18p+1 * (e + el) / s);
}
