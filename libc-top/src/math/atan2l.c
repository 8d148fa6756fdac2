#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double atan2l(long double x, long double y)
{
	return atan2((double)x, (double)y);
}
