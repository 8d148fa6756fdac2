#include <limits.h>
#include <math.h>

/* Out of range or NaN: LONG_MIN, as in lrint.c. */
long lrintl(long double x)
{
	long double r = rintl(x);
	if (!(r >= (long double)LONG_MIN && r < -(long double)LONG_MIN))
		return LONG_MIN;
	return (long)r;
}
