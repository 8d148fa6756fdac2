#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double atanl(long double x)
{
	return atan((double)x);
}
