#include "libm.h"

/* The obsolete form with a floating exponent, which must be an integer. */
float scalbf(float x, float n)
{
	if (__builtin_isnan(x) || __builtin_isnan(n))
		return x * n;
	if (__builtin_isinf(n)) {
		if (n > 0 ? x == 0 : __builtin_isinf(x))
			return math_edomf();
		return n > 0 ? x * n : x / -n;
	}
	if (__builtin_truncf(n) != n)
		return math_edomf();
	if (n > 65000)
		n = 65000;
	if (n < -65000)
		n = -65000;
	return scalbnf(x, (int)n);
}
