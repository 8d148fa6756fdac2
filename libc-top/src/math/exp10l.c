#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double exp10l(long double x)
{
	return exp10((double)x);
}
