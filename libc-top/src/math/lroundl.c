#include <limits.h>
#include <math.h>

/* Out of range or NaN: LONG_MIN, as in lround.c. */
long lroundl(long double x)
{
	long double r = roundl(x);
	if (!(r >= (long double)LONG_MIN && r < -(long double)LONG_MIN))
		return LONG_MIN;
	return (long)r;
}
