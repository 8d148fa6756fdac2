#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double acoshl(long double x)
{
	return acosh((double)x);
}
