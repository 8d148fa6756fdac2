#include "libm_kernels.h"

/* log of 1 + x held exactly as a double-double. */
double log1p(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (x < -1)
		return math_edom();
	if (x == -1)
		return math_erange(-__builtin_inf());
	if (__builtin_isinf(x) || __builtin_fabs(x) < 0x1p-54)
		return x;
	double ul, u = add_exact(1, x, &ul);
	double lo, hi = log_dd(u, ul, &lo);
	return hi + lo;
}
