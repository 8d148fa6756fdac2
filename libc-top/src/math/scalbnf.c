#include "libm.h"

/* Exact in double; the conversion to float is the one rounding. */
float scalbnf(float x, int n)
{
	if (n > 400)
		n = 400;
	if (n < -400)
		n = -400;
	float r = (float)scalbn(x, n);
	if (__builtin_isfinite(x) && x != 0)
		return math_checkf(r);
	return r;
}
