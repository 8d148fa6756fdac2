#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double tanl(long double x)
{
	return tan((double)x);
}
