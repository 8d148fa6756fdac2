#include "libm.h"

/* Clears the bits of the significand below the units place. */
long double truncl(long double x)
{
	int e = ld_exp(x) - 16383;
	if (e >= 112)
		return x;
	if (e < 0)
		return __builtin_copysignl(0.0L, x);
	return asldouble(asu128(x) & ~(LD_MANT >> e));
}
