#include "libm.h"

/* The double cube root of the significand, two Newton steps in long double,
   and the exponent divided by three. */
long double cbrtl(long double x)
{
	if (!__builtin_isfinite(x) || x == 0)
		return x + x;
	int e;
	long double m = frexpl(__builtin_fabsl(x), &e);
	while (e % 3) {
		m *= 2;
		e--;
	}
	long double t = cbrt((double)m);
	t -= (t * t * t - m) / (3 * t * t);
	t -= (t * t * t - m) / (3 * t * t);
	return __builtin_copysignl(scalbnl(t, e / 3), x);
}
