#include "libm.h"

long double fdiml(long double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x <= y)
		return 0;
	long double r = x - y;
	if (__builtin_isinf(r))
		math_errno(ERANGE);
	return r;
}
