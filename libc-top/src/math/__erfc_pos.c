#include "libm_kernels.h"

/* erfc(x) for 0.84 <= x < 27 by the continued fraction
   erfc x = e^-x^2 / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))),
   evaluated backwards with as many terms as x needs for 2^-60 (400 at
   0.84, 20 above 5), and e^-x^2 from the exact square. */
hidden double __erfc_pos(double x)
{
	int n = x < 1.5 ? 400 : x < 2 ? 200 : x < 3 ? 100 : x < 5 ? 50 : 20;
	double t = x;
	for (int k = n; k > 1; k--)
		t = x + 0.5 * k / t;
	/* The last step, the exponential, the constant and the quotient in
	   double-double, so that the result is rounded once. */
	double ql, q = div_dd(0.5, 0, t, 0, &ql);
	double tl, th = add_exact(x, q, &tl);
	tl += ql;
	double x2l, x2 = mul_exact(x, x, &x2l);
	double el, e = exp_dd(-x2, -x2l, &el);
	/* Tiny values are scaled into the range of the exact products. */
	double sc = e < 0x1p-900 ? 0x1p200 : 1;
	dd_t m = dd_mul((dd_t){e * sc, el * sc}, (dd_t){0x1.20dd750429b6dp-1, 0x1.1ae3a914fed80p-57});
	double rl, r = div_dd(m.hi, m.lo, th, tl, &rl);
	return (r + rl) / sc;
}
