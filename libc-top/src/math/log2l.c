#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double log2l(long double x)
{
	return log2((double)x);
}
