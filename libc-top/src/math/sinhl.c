#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double sinhl(long double x)
{
	return sinh((double)x);
}
