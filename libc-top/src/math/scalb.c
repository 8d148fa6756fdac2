#include "libm.h"

/* The obsolete form with a floating exponent, which must be an integer. */
double scalb(double x, double n)
{
	if (__builtin_isnan(x) || __builtin_isnan(n))
		return x * n;
	if (__builtin_isinf(n)) {
		if (n > 0 ? x == 0 : __builtin_isinf(x))
			return math_edom();
		return n > 0 ? x * n : x / -n;
	}
	if (__builtin_trunc(n) != n)
		return math_edom();
	if (n > 65000)
		n = 65000;
	if (n < -65000)
		n = -65000;
	return scalbn(x, (int)n);
}
