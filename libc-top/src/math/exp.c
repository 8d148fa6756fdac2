#include "libm_kernels.h"

double exp(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (__builtin_isinf(x))
		return x > 0 ? x : 0;
	if (x > 0x1.62e42fefa39efp+9)
		return math_erange(__builtin_inf());
	if (x < -0x1.74910d52d3051p+9)
		return math_erange(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1 + x;
	double lo, hi = exp_dd(x, 0, &lo);
	return math_check(hi + lo);
}
