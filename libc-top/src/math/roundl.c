#include <math.h>

/* x - truncl(x) is exact, so the tie test is too. */
long double roundl(long double x)
{
	long double t = truncl(x);
	if (__builtin_fabsl(x - t) >= 0.5L)
		t += __builtin_copysignl(1.0L, x);
	return t;
}
