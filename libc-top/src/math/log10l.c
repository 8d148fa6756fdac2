#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double log10l(long double x)
{
	return log10((double)x);
}
