#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double powl(long double x, long double y)
{
	return pow((double)x, (double)y);
}
