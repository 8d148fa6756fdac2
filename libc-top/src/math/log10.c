#include "libm_kernels.h"

/* The natural logarithm as a double-double, times 1/ln b as one. */
double log10(double x)
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
	double pl, p = mul_exact(h, 0x1.bcb7b1526e50ep-2, &pl);
	return p + (pl + h * 0x1.95355baaafad3p-57 + l * 0x1.bcb7b1526e50ep-2);
}
