#include <limits.h>
#include <math.h>

/* Out of range or NaN the result is unspecified (C17 7.12.9.5): it is
   LONG_MIN, as from a saturating conversion, rather than a trap. */
long lroundf(float x)
{
	float r = roundf(x);
	if (!(r >= (float)LONG_MIN && r < -(float)LONG_MIN))
		return LONG_MIN;
	return (long)r;
}
