#include "libm.h"

double log(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (x < 0)
		return math_edom();
	if (x == 0)
		return math_erange(-__builtin_inf());
	if (__builtin_isinf(x))
		return x;
	double lo, hi = __log_dd(x, 0, &lo);
	return hi + lo;
}
