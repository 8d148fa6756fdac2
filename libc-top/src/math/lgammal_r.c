#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double lgammal_r(long double x, int *sign)
{
	return lgamma_r((double)x, sign);
}
