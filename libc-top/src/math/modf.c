#include <math.h>

double modf(double x, double *ip)
{
	double t = __builtin_trunc(x);
	*ip = t;
	if (__builtin_isinf(x))
		return __builtin_copysign(0.0, x);
	return __builtin_copysign(x - t, x);
}
