#include "libm_kernels.h"

/* The natural logarithm as a double-double, times 1/ln b as one. */
double log2(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (x < 0)
		return math_edom();
	if (x == 0)
		return math_erange(-__builtin_inf());
	if (__builtin_isinf(x))
		return x;
	double l, h = log_dd(x, 0, &l);
	double pl, p = mul_exact(h, 0x1.71547652b82fep+0, &pl);
	return p + (pl + h * 0x1.777d0ffda0d24p-56 + l * 0x1.71547652b82fep+0);
}
