#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double expm1l(long double x)
{
	return expm1((double)x);
}
