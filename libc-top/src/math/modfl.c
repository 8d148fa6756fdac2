#include <math.h>

long double modfl(long double x, long double *ip)
{
	long double t = truncl(x);
	*ip = t;
	if (__builtin_isinf(x))
		return __builtin_copysignl(0.0L, x);
	return __builtin_copysignl(x - t, x);
}
