#include "libm.h"

long double logbl(long double x)
{
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0) {
		math_errno(ERANGE);
		return -__builtin_infl();
	}
	int e;
	frexpl(x, &e);
	return e - 1;
}
