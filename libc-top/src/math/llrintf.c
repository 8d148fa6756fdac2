#include <limits.h>
#include <math.h>

/* Out of range or NaN the result is unspecified (C17 7.12.9.5): it is
   LLONG_MIN, as from a saturating conversion, rather than a trap. */
long long llrintf(float x)
{
	float r = __builtin_rintf(x);
	if (!(r >= (float)LLONG_MIN && r < -(float)LLONG_MIN))
		return LLONG_MIN;
	return (long long)r;
}
