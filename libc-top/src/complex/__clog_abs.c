#include "complex_impl.h"
#include "libm_kernels.h"

/* Squares below 2^-960 next to a square of at least 1 do not matter, and
   would be below the range where mul_exact is exact. */
static double square(double b, double *lo)
{
	if (b < 0x1p-480) {
		*lo = 0;
		return 0;
	}
	return mul_exact(b, b, lo);
}

/* Near |z| = 1, log|z| = log1p(x^2 + y^2 - 1) / 2 with x^2 + y^2 - 1
   summed from exact squares, so that no cancellation is left (there the
   low part is 0: the result is below 0.35). Elsewhere |z|^2 =
   2^2k (a^2 + b^2) with a in [1, 2), and log|z| = k log 2 +
   log(a^2 + b^2) / 2, the last by the double-double log kernel. */
double __clog_abs(double x, double y, double *lo)
{
	double a = fabs(x), b = fabs(y);
	if (a < b) {
		double t = a;
		a = b;
		b = t;
	}
	double al, bl, ah, bh;
	if (a < 2) {
		double r = a * a + b * b;
		if (r >= 0.5 && r <= 2) {
			ah = mul_exact(a, a, &al);
			bh = square(b, &bl);
			double e1, s1 = add_exact(ah, -1, &e1);
			double e2, s2 = add_exact(s1, bh, &e2);
			*lo = 0;
			return 0.5 * log1p(s2 + (e1 + e2 + al + bl));
		}
	}
	int k = ilogb(a);
	a = scalbn(a, -k);
	b = scalbn(b, -k);
	ah = mul_exact(a, a, &al);
	bh = square(b, &bl);
	double sl, s = add_exact(ah, bh, &sl);
	s = fast_add(s, sl + al + bl, &sl);
	double ll, l = log_dd(s, sl, &ll);
	/* k times the high part of log 2 (42 bits) is exact. */
	double rl, r = add_exact(k * 0x1.62e42fefa3800p-1, 0.5 * l, &rl);
	return fast_add(r, rl + k * 0x1.ef35793c76730p-45 + 0.5 * ll, lo);
}
