#include "libm.h"

/* erf(x) for |x| < 0.84 by its Taylor series
   2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)), to a term below 2^-60. */
hidden double __erf_small(double x)
{
	double z = x * x, term = x, sum = x;
	for (int n = 1; n < 30; n++) {
		term *= -z / n;
		double add = term / (2 * n + 1);
		sum += add;
		if (__builtin_fabs(add) < 0x1p-60 * __builtin_fabs(sum))
			break;
	}
	return sum * 0x1.20dd750429b6dp+0;
}
