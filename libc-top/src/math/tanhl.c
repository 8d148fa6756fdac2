#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double tanhl(long double x)
{
	return tanh((double)x);
}
