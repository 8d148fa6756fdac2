#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double erfcl(long double x)
{
	return erfc((double)x);
}
