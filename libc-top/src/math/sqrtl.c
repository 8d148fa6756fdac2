#include "libm.h"

/* The double square root of x scaled into double's range, then two Newton
   steps in long double, each doubling the bits that are right. The last
   bit may be wrong: this is not correctly rounded. */
long double sqrtl(long double x)
{
	if (x < 0)
		return math_edom();
	if (!__builtin_isfinite(x) || x == 0)
		return x;
	int e;
	long double m = frexpl(x, &e);
	if (e & 1) {
		m *= 2;
		e--;
	}
	long double y = __builtin_sqrt((double)m);
	y = 0.5L * (y + m / y);
	y = 0.5L * (y + m / y);
	return scalbnl(y, e / 2);
}
