#include "libm.h"

/* Computed in double (docs/math.md); sets signgam. */
long double lgammal(long double x)
{
	return __lgamma_r((double)x, &__signgam);
}
