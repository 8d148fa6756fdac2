#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
long double tgammal(long double x)
{
	return tgamma((double)x);
}
