#include "libm_bessel.h"

/* J1 is odd; the power series below 25, Hankel's expansion above. */
double j1(double x)
{
	if (isnan(x))
		return x;
	double ax = fabs(x), r = 0;
	if (!isinf(ax)) {
		dd_t v = __bessel01(0, 1, ax);
		r = v.hi + v.lo;
	}
	return signbit(x) ? -r : r;
}
