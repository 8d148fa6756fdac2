#include <limits.h>
#include <math.h>

/* Out of range or NaN the result is unspecified (C17 7.12.9.5): it is
   LLONG_MIN, as from a saturating conversion, rather than a trap. */
long long llrint(double x)
{
	double r = __builtin_rint(x);
	if (!(r >= (double)LLONG_MIN && r < -(double)LLONG_MIN))
		return LLONG_MIN;
	return (long long)r;
}
