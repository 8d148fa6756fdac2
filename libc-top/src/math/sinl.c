#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double sinl(long double x)
{
	return sin((double)x);
}
