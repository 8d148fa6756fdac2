#include "libm_bessel.h"

/* Yn by the recurrence Y_(k+1) = (2k/x) Y_k - Y_(k-1) upwards from Y0
   and Y1, the direction in which it is stable for every x (Yn grows with
   n). Y_-n = (-1)^n Y_n. */
double yn(int n, double x)
{
	if (isnan(x))
		return x;
	if (x < 0)
		return math_edom();
	unsigned un = n < 0 ? -(unsigned)n : (unsigned)n;
	double sign = (n < 0 && (n & 1)) ? -1 : 1;
	if (x == 0)
		return math_erange(-sign * INFINITY);
	if (un == 0)
		return y0(x);
	if (un == 1)
		return sign * y1(x);
	if (isinf(x))
		return sign * 0.0;
	/* In double-double while the values stay below 2^900 (mul_exact's
	   range); beyond, the recurrence is dominated by its growing term and
	   double suffices. */
	dd_t a = __bessel01(1, 0, x), b = __bessel01(1, 1, x);
	unsigned k = 1;
	for (; k < un && fabs(b.hi) < 0x1p900; k++) {
		dd_t c = __bessel_step(k, x, b, a);
		a = b;
		b = c;
	}
	double u = a.hi + a.lo, v = b.hi + b.lo;
	for (; k < un && !isinf(v); k++) {
		double w = (2.0 * k / x) * v - u;
		u = v;
		v = w;
	}
	if (isinf(v))
		math_errno(ERANGE);
	return sign * v;
}
