#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double atanhl(long double x)
{
	return atanh((double)x);
}
