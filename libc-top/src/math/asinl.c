#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double asinl(long double x)
{
	return asin((double)x);
}
