#include "libm.h"

double erf(double x)
{
	double ax = __builtin_fabs(x);
	if (__builtin_isnan(x))
		return x;
	if (ax < 0.84) {
		double lo, hi = __erf_small(x, &lo);
		return hi + lo;
	}
	if (ax >= 6)
		return __builtin_copysign(1, x);
	return __builtin_copysign(1 - __erfc_pos(ax), x);
}
