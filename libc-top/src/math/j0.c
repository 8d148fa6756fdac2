#include "libm_bessel.h"

/* J0 is even; the power series below 25, Hankel's expansion above
   (docs/math.md). */
double j0(double x)
{
	x = fabs(x);
	if (isinf(x))
		return 0;
	if (isnan(x))
		return x;
	dd_t r = __bessel01(0, 0, x);
	return r.hi + r.lo;
}
