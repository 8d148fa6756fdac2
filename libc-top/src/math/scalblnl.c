#include <limits.h>
#include <math.h>

long double scalblnl(long double x, long n)
{
	if (n > INT_MAX)
		n = INT_MAX;
	if (n < INT_MIN)
		n = INT_MIN;
	return scalbnl(x, (int)n);
}
