#include "libm_kernels.h"

/* e^(x ln10) with x ln10 as a double-double. */
double exp10(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (__builtin_isinf(x))
		return x > 0 ? x : 0;
	if (x > 0x1.34413509f79ffp+8)
		return math_erange(__builtin_inf());
	if (x < -0x1.439b746e36b52p+8)
		return math_erange(0);
	if (__builtin_fabs(x) < 0x1p-56)
		return 1 + x;
	double pl, p = mul_exact(x, 0x1.26bb1bbb55516p+1, &pl);
	pl += x * -0x1.f48ad494ea3e9p-53;
	double lo, hi = exp_dd(p, pl, &lo);
	return math_check(hi + lo);
}
