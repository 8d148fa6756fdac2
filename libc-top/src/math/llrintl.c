#include <limits.h>
#include <math.h>

/* Out of range or NaN: LLONG_MIN, as in llrint.c. */
long long llrintl(long double x)
{
	long double r = rintl(x);
	if (!(r >= (long double)LLONG_MIN && r < -(long double)LLONG_MIN))
		return LLONG_MIN;
	return (long long)r;
}
