#include "libm_kernels.h"

/* e^(log Gamma(x)) from the double-double logarithm for x > 0; 1/x - gamma
   next to 0; and exact products for small integers. Below 0 by the
   reflection Gamma(x) = -pi / (x sin(pi x) Gamma(-x)), a quotient of
   double-doubles rounded once; e^-(log Gamma(-x)) is scaled by 2^200 when
   it would lose bits below 2^-969. */
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
	if (__builtin_fabs(x) < 0x1p-54) {
		/* Gamma(x) = 1/x - gamma + O(x), the last far below an ulp.
		   Below 2^-900, gamma is too far below an ulp of 1/x to move
		   its rounding (and div_dd would overflow). */
		if (__builtin_fabs(x) < 0x1p-900)
			return math_check(1 / x);
		hi = div_dd(1, 0, x, 0, &lo);
		return math_check(hi + (lo - 0x1.2788cfc6fb619p-1));
	}
	if (x > 0) {
		hi = __lgamma_pos(x, &lo);
		if (hi > 0x1.62e42fefa39efp+9)
			return math_erange(__builtin_inf());
		double el, e = exp_dd(hi, lo, &el);
		return math_check(e + el);
	}
	double sl, s = __sinpi(x, &sl);
	hi = __lgamma_pos(-x, &lo);
	if (hi > 745)
		return math_erange(__builtin_copysign(0.0, s));
	double scale = 1;
	if (hi > 600) {
		/* e^-(hi - 200 log 2) = 2^200 / Gamma(-x). */
		double dl, dh = add_exact(hi, -0x1.1542457337d43p+7, &dl);
		hi = dh;
		lo += dl + 0x1.e3948c376279dp-49;
		scale = 0x1p-200;
	}
	double el, e = exp_dd(-hi, -lo, &el);
	double nl, n = mul_exact(e, -0x1.921fb54442d18p+1, &nl);
	nl += -0x1.1a62633145c07p-53 * e - 0x1.921fb54442d18p+1 * el;
	double dl, d = mul_exact(x, s, &dl);
	dl += x * sl;
	double ql, q = div_dd(n, nl, d, dl, &ql);
	return math_check((q + ql) * scale);
}
