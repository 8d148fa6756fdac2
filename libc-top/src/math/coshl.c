#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double coshl(long double x)
{
	return cosh((double)x);
}
