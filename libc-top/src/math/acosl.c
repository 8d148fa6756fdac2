#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double acosl(long double x)
{
	return acos((double)x);
}
