#include "libm.h"

double erfc(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (x < 0.84) {
		if (x > -0.84) {
			double lo, hi = __erf_small(x, &lo);
			double e, d = add_exact(1, -hi, &e);
			return d + (e - lo);
		}
		return x < -6 ? 2 : 2 - __erfc_pos(-x);
	}
	if (x >= 27.3)
		return math_erange(0);
	return math_check(__erfc_pos(x));
}
