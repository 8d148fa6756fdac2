#include "libm.h"

double sqrt(double x)
{
	if (x < 0)
		return math_edom();
	return __builtin_sqrt(x);
}
