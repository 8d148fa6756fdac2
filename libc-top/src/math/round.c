#include <math.h>

/* x - trunc(x) is exact, so the tie test is too. */
double round(double x)
{
	double t = __builtin_trunc(x);
	if (__builtin_fabs(x - t) >= 0.5)
		t += __builtin_copysign(1, x);
	return t;
}
