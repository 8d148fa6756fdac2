#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double __lgammal_r(long double x, int *sign)
{
	return __lgamma_r((double)x, sign);
}

weak_alias(__lgammal_r, lgammal_r);
