#include "libm.h"

double logb(double x)
{
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0)
		return math_erange(-__builtin_inf());
	int e;
	frexp(x, &e);
	return e - 1;
}
