#include <math.h>

/* Below 2^112, adding and removing 2^112 leaves |x| rounded to an integer
   by the one rounding direction, to nearest even. */
long double rintl(long double x)
{
	long double a = __builtin_fabsl(x);
	if (!(a < 0x1p112L))
		return x;
	a = (a + 0x1p112L) - 0x1p112L;
	return __builtin_copysignl(a, x);
}
