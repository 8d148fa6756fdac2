#include "libm_kernels.h"

/* e^(x ln2) with x ln2 as a double-double. */
double exp2(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (__builtin_isinf(x))
		return x > 0 ? x : 0;
	if (x >= 1024)
		return math_erange(__builtin_inf());
	if (x < -1075)
		return math_erange(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1 + x;
	double pl, p = mul_exact(x, 0x1.62e42fefa39efp-1, &pl);
	pl += x * 0x1.abc9e3b39803fp-56;
	double lo, hi = exp_dd(p, pl, &lo);
	return math_check(hi + lo);
}
