#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double exp2l(long double x)
{
	return exp2((double)x);
}
