#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double erfl(long double x)
{
	return erf((double)x);
}
