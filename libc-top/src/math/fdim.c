#include "libm.h"

double fdim(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x <= y)
		return 0;
	return math_check(x - y);
}
