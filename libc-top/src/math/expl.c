#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double expl(long double x)
{
	return exp((double)x);
}
