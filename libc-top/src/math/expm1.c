#include "libm.h"

double expm1(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (__builtin_isinf(x))
		return x > 0 ? x : -1;
	if (x > 0x1.62e42fefa39efp+9)
		return math_erange(__builtin_inf());
	if (x < -40)
		return -1;
	if (__builtin_fabs(x) < 0x1p-54)
		return x;
	double lo, hi = __expm1_dd(x, &lo);
	return math_check(hi + lo);
}
