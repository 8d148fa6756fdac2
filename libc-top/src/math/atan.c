#include "libm.h"

double atan(double x)
{
	double ax = __builtin_fabs(x);
	if (__builtin_isnan(x) || ax < 0x1p-27)
		return x;
	if (ax > 0x1p60)
		return __builtin_copysign(0x1.921fb54442d18p+0, x);
	double lo, hi = __atan_dd(ax, 0, 1, 0, &lo);
	return __builtin_copysign(hi + lo, x);
}
