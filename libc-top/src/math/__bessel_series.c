#include "libm_bessel.h"
#include "libm_kernels.h"

/* With h = x/2 and q = h^2, the series are
     J0 = sum t_k, t_k = (-q)^k / (k!)^2,
     J1 = sum t_k, t_k = h (-q)^k / (k! (k+1)!),
     Y0 = (2/pi) ((log h + gamma) J0 - sum H_k t_k),
     Y1 = (2/pi) ((log h + gamma) J1 - 1/x - sum (H_k + H_(k+1))/2 t_k),
   H_k the harmonic numbers and gamma Euler's constant. Below x = 25 the
   terms grow to about 2^30 times the result before they cancel, so all of
   it is summed in double-double. The sum stops once the terms, past their
   peak at k = h, fall below 2^-110 of the partial sum. */
static dd_t sums(int n, double x, dd_t *w)
{
	double h = 0.5 * x, ql;
	double qh = h < 0x1p-480 ? h * h : mul_exact(h, h, &ql);
	dd_t q = {qh, h < 0x1p-480 ? 0 : ql};
	dd_t t = {n ? h : 1, 0}, s = t;
	/* c = H_k for Y0, (H_k + H_(k+1))/2 for Y1, starting at k = 0. */
	dd_t hk = {0, 0}, c = {n ? 0.5 : 0, 0};
	*w = dd_mul(c, t);
	for (int k = 1; k < 200; k++) {
		t = dd_div(dd_mul(t, q), -(double)k * (k + n));
		s = dd_add(s, t);
		hk = dd_add(hk, dd_div((dd_t){1, 0}, k));
		c = hk;
		if (n)
			c = dd_add(hk, dd_div((dd_t){0.5, 0}, k + 1));
		*w = dd_add(*w, dd_mul(c, t));
		if (k > h && fabs(t.hi) < 0x1p-110 * fabs(s.hi))
			break;
	}
	return s;
}

dd_t __bessel_j_series(int n, double x)
{
	dd_t w;
	return sums(n, x, &w);
}

dd_t __bessel_y_series(int n, double x)
{
	dd_t w, s = sums(n, x, &w);
	/* log(x/2) + gamma, x/2 not being exact for subnormal x. */
	double l, lh = log_dd(x, 0, &l);
	dd_t lg = dd_add((dd_t){lh, l}, (dd_t){-0x1.62e42fefa39efp-1, -0x1.abc9e3b39803fp-56});
	lg = dd_add(lg, (dd_t){0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58});
	dd_t r = dd_add(dd_mul(lg, s), (dd_t){-w.hi, -w.lo});
	if (n) {
		double il, ih = div_dd(1, 0, x, 0, &il);
		r = dd_add(r, (dd_t){-ih, -il});
	}
	return dd_mul(r, (dd_t){0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55});
}
