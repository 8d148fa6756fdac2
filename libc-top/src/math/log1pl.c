#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double log1pl(long double x)
{
	return log1p((double)x);
}
