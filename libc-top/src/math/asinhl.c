#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double asinhl(long double x)
{
	return asinh((double)x);
}
