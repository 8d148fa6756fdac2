#include <math.h>

/* x scaled into [1, 2). */
double significand(double x)
{
	if (!__builtin_isfinite(x) || x == 0)
		return x;
	int e;
	return 2 * frexp(x, &e);
}
