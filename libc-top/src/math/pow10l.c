#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double pow10l(long double x)
{
	return pow10((double)x);
}
