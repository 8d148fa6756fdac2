#include <limits.h>
#include <math.h>

/* Out of range or NaN: LLONG_MIN, as in llround.c. */
long long llroundl(long double x)
{
	long double r = roundl(x);
	if (!(r >= (long double)LLONG_MIN && r < -(long double)LLONG_MIN))
		return LLONG_MIN;
	return (long long)r;
}
