#include "libm.h"

/* erf(x) for |x| < 0.84 by its Taylor series
   2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)), summed in double-double
   to a term below 2^-110 of the sum, as hi + *lo: erfc = 1 - erf loses
   up to two bits to cancellation near 0.84, which the low part makes up. */
hidden double __erf_small(double x, double *lo)
{
	const dd_t c = {0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56};
	if (__builtin_fabs(x) < 0x1p-480) {
		*lo = 0;
		return x * c.hi;
	}
	double zl, z = mul_exact(x, x, &zl);
	dd_t q = {z, zl}, t = {x, 0}, s = t;
	for (int n = 1; n < 40; n++) {
		t = dd_div(dd_mul(t, q), -n);
		dd_t add = dd_div(t, 2 * n + 1);
		s = dd_add(s, add);
		if (__builtin_fabs(add.hi) < 0x1p-110 * __builtin_fabs(s.hi))
			break;
	}
	s = dd_mul(s, c);
	*lo = s.lo;
	return s.hi;
}
