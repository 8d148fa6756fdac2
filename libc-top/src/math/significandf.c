#include <math.h>

/* x scaled into [1, 2). */
float significandf(float x)
{
	if (!__builtin_isfinite(x) || x == 0)
		return x;
	int e;
	return 2 * frexpf(x, &e);
}
