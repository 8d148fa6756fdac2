#include "libm.h"

/* For x < 0 by the reflection Gamma(x) Gamma(1-x) = pi / sin(pi x). */
double lgamma_r(double x, int *sign)
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
	double s = __sinpi(x);
	if (s < 0)
		*sign = -1;
	hi = __lgamma_pos(1 - x, &lo);
	return log(0x1.921fb54442d18p+1 / __builtin_fabs(s)) - (hi + lo);
}
