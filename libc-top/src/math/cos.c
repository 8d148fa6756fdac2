#include "libm_kernels.h"

double cos(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x : math_edom();
	if (__builtin_fabs(x) < 0x1p-27)
		return 1;
	double r, rl, lo, hi;
	switch (rem_pio2(x, &r, &rl) & 3) {
	case 0:
		hi = cos_dd(r, rl, &lo);
		return hi + lo;
	case 1:
		hi = sin_dd(r, rl, &lo);
		return -(hi + lo);
	case 2:
		hi = cos_dd(r, rl, &lo);
		return -(hi + lo);
	default:
		hi = sin_dd(r, rl, &lo);
		return hi + lo;
	}
}
