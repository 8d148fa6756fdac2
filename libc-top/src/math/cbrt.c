#include "libm.h"

/* A first guess from the bits (the representation is roughly a scaled
   log2, so dividing it by three after removing the bias divides the
   logarithm), four Newton steps, and a last step whose residual t^3 - a is
   computed exactly so that only the final addition rounds. */
double cbrt(double x)
{
	if (!__builtin_isfinite(x) || x == 0)
		return x + x;
	double a = __builtin_fabs(x), scale = 1;
	if (a < 0x1p-900) {
		a *= 0x1p300;
		scale = 0x1p-100;
	} else if (a > 0x1p900) {
		a *= 0x1p-300;
		scale = 0x1p100;
	}
	const uint64_t one = 0x3ff0000000000000;
	double t = asdouble(asuint64(a) / 3 + one / 3 * 2);
	for (int i = 0; i < 4; i++)
		t -= (t * t * t - a) / (3 * t * t);
	double t2l, t3l;
	double t2 = mul_exact(t, t, &t2l);
	double t3 = mul_exact(t2, t, &t3l);
	double res = ((t3 - a) + t3l) + t2l * t;
	t -= res / (3 * t2);
	return __builtin_copysign(t * scale, x);
}
