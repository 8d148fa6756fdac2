#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double logl(long double x)
{
	return log((double)x);
}
