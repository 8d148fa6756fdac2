#include "libm_kernels.h"

double sin(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x : math_edom();
	if (__builtin_fabs(x) < 0x1p-26)
		return x;
	double r, rl, lo, hi;
	switch (rem_pio2(x, &r, &rl) & 3) {
	case 0:
		hi = sin_dd(r, rl, &lo);
		return hi + lo;
	case 1:
		hi = cos_dd(r, rl, &lo);
		return hi + lo;
	case 2:
		hi = sin_dd(r, rl, &lo);
		return -(hi + lo);
	default:
		hi = cos_dd(r, rl, &lo);
		return -(hi + lo);
	}
}
