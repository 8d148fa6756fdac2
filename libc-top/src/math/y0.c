#include "libm_bessel.h"

/* Y0 is real for x > 0 only: a domain error below, a pole at 0. */
double y0(double x)
{
	if (isnan(x))
		return x;
	if (x < 0)
		return math_edom();
	if (x == 0)
		return math_erange(-INFINITY);
	if (isinf(x))
		return 0;
	dd_t r = __bessel01(1, 0, x);
	return r.hi + r.lo;
}
