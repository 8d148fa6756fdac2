#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double cosl(long double x)
{
	return cos((double)x);
}
