#include "libm_bessel.h"

/* Jn(x) for n >= 2 and 0 < x <= n: past its last turning point Jn
   decreases fast with n, so the three-term recurrence
   J_(k-1) = (2k/x) J_k - J_(k+1) is stable downwards (Miller): started
   at m far enough above n from 0 and a small value, it gives the J_k up
   to a common factor, fixed by 1 = J_0 + 2 (J_2 + J_4 + ...). The values
   grow by at most 2k/x a step, so a rescaling by 2^-500 keeps them finite.
   Below x = 2 the power series has no cancellation and is used instead,
   its leading (x/2)^n/n! in double-double so that n roundings do not
   add up. */
static double small_x(long n, double x)
{
	/* t starts at 2^600 so that it stays in mul_exact's range down to
	   results of 2^-1100 (jn returns 0 below). */
	double h = 0.5 * x, q = h * h;
	dd_t t = {0x1p600, 0};
	for (long k = 1; k <= n; k++)
		t = dd_div(dd_mul(t, (dd_t){h, 0}), k);
	double s = 0, u = 1;
	for (long k = 1; fabs(u) > 0x1p-60; k++) {
		u *= -q / ((double)k * (n + k));
		s += u;
	}
	/* t (1 + s), rounded once, then scaled back (a second rounding only
	   for a subnormal result). */
	double r = t.hi + (t.hi * s + t.lo * (1 + s));
	return math_check(r * 0x1p-600);
}

static dd_t scale(dd_t v)
{
	return (dd_t){v.hi * 0x1p-500, v.lo * 0x1p-500};
}

static double miller(long n, double x)
{
	long m = n + 16 + (long)sqrt(40.0 * n);
	m += m & 1;
	/* b is J_k, a is J_(k+1), up to the common factor; double-doubles,
	   which keep the hundred-odd roundings from adding up. */
	dd_t a = {0, 0}, b = {0x1p-600, 0}, jn = {0, 0}, sum = b;
	for (long k = m; k > 0; k--) {
		dd_t c = __bessel_step(k, x, b, a);
		a = b;
		b = c;
		if (k - 1 == n)
			jn = b;
		if (((k - 1) & 1) == 0 && k - 1 > 0)
			sum = dd_add(sum, b);
		if (fabs(b.hi) > 0x1p500) {
			a = scale(a);
			b = scale(b);
			jn = scale(jn);
			sum = scale(sum);
		}
	}
	dd_t norm = dd_add(b, dd_add(sum, sum));
	double l, q = div_dd(jn.hi, jn.lo, norm.hi, norm.lo, &l);
	return math_check(q + l);
}

double jn(int n, double x)
{
	if (isnan(x))
		return x;
	/* J_-n = (-1)^n J_n and J_n(-x) = (-1)^n J_n(x). */
	int odd = n & 1;
	unsigned un = n < 0 ? -(unsigned)n : (unsigned)n;
	double sign = (odd && (n < 0) != (x < 0)) ? -1 : 1;
	x = fabs(x);
	if (un == 0)
		return j0(x);
	if (un == 1)
		return sign * j1(x);
	if (x == 0 || isinf(x))
		return sign * 0.0;
	/* Jn(x) < (e x / 2n)^n: zero when that is below 2^-1100. */
	if (x < un && un * log2(0x1.5bf0a8b145769p+1 * x / (2.0 * un)) < -1100)
		return sign * math_erange(0);
	if (x < 2)
		return sign * small_x(un, x);
	if (x <= un)
		return sign * miller(un, x);
	/* Upwards from J0 and J1, stable while k < x; in double-double, since
	   the recurrence amplifies errors next to the zeros of the J_k. */
	dd_t a = __bessel01(0, 0, x), b = __bessel01(0, 1, x);
	for (unsigned k = 1; k < un; k++) {
		dd_t c = __bessel_step(k, x, b, a);
		a = b;
		b = c;
	}
	return sign * (b.hi + b.lo);
}
