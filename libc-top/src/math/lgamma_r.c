#include "libm_kernels.h"

/* For x < 0 by the reflection Gamma(x) Gamma(-x) = -pi / (x sin(pi x))
   (-x is exact where 1 - x would not be): log pi - log|x sin(pi x)| -
   log Gamma(-x), all as double-doubles, rounded once; next to the zeros
   below -2, where that cancels, a series around the zero. */
double __lgamma_r(double x, int *sign)
{
	*sign = 1;
	if (__builtin_isnan(x))
		return x;
	if (__builtin_isinf(x))
		return __builtin_inf();
	if (x == 0) {
		*sign = __builtin_signbit(x) ? -1 : 1;
		return math_erange(__builtin_inf());
	}
	if (x < 0 && __builtin_trunc(x) == x)
		return math_erange(__builtin_inf());
	if (x == 1 || x == 2)
		return 0;
	double lo, hi;
	if (x > 0) {
		if (x > 0x1p1020)
			return math_erange(__builtin_inf());
		hi = __lgamma_pos(x, &lo);
		return math_check(hi + lo);
	}
	if (x > -0x1p-60) {
		/* Gamma(x) is about 1/x: negative; log|x| as for -x. */
		*sign = -1;
		hi = __lgamma_pos(-x, &lo);
		return hi + lo;
	}
	double sl, s = __sinpi(x, &sl);
	if (s < 0)
		*sign = -1;
	if (__lgamma_negzero(x, &hi))
		return hi;
	double ql, q = mul_exact(-x, __builtin_fabs(s), &ql);
	ql += -x * (s < 0 ? -sl : sl);
	q = fast_add(q, ql, &ql);
	double ll, l = log_dd(q, ql, &ll);
	hi = __lgamma_pos(-x, &lo);
	double al, a = add_exact(0x1.250d048e7a1bdp+0, -l, &al);
	double bl, b = add_exact(a, -hi, &bl);
	return b + (al + bl + 0x1.7abf2ad8d5088p-57 - ll - lo);
}

weak_alias(__lgamma_r, lgamma_r);
