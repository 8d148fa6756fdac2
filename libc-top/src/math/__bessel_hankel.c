#include "libm_bessel.h"
#include "libm_kernels.h"

/* Hankel's expansion: with mu = 4n^2 and chi = x - (2n + 1) pi/4,
     Jn = sqrt(2/(pi x)) (P cos chi - Q sin chi),
     Yn = sqrt(2/(pi x)) (P sin chi + Q cos chi),
   P = T0 - T2 + T4 - ..., Q = T1 - T3 + ..., T0 = 1 and
   T_k = T_(k-1) (mu - (2k-1)^2) / (8 k x). The series diverges; summed
   to its smallest term it is within 2^-75 at x = 25, better beyond.
   sqrt 2 cos chi and sqrt 2 sin chi are cos x + sin x and sin x - cos x
   (n = 0) or sin x - cos x and -(sin x + cos x) (n = 1), summed as
   double-doubles from the sine and cosine kernels, and 1/sqrt(pi x) is a
   double-double too; the result is a double-double, rounded once by j0
   and the like. Near a
   zero of Jn or Yn the sum cancels: the error is then absolute, about
   2^-54 sqrt(2/(pi x)). */
void __bessel_hankel(int n, double x, dd_t *j, dd_t *y)
{
	double mu = 4.0 * n * n, t = 1, p = 0, q = 0;
	for (int k = 1; k < 100; k++) {
		double u = t * (mu - (2.0 * k - 1) * (2.0 * k - 1)) / (8.0 * k * x);
		if (fabs(u) >= fabs(t) || fabs(u) < 0x1p-60)
			break;
		t = u;
		double sign = (k & 2) ? -1 : 1;
		if (k & 1)
			q += sign * t;
		else
			p += sign * t;
	}
	double r, rl, sl, cl;
	int k = rem_pio2(x, &r, &rl);
	double s = sin_dd(r, rl, &sl), c = cos_dd(r, rl, &cl);
	for (; k & 3; k--) {
		/* x = x' + pi/2: sin x = cos x', cos x = -sin x'. */
		double ts = s, tsl = sl;
		s = c;
		sl = cl;
		c = -ts;
		cl = -tsl;
	}
	double cs_l, cs = add_exact(c, s, &cs_l);
	double sc_l, sc = add_exact(s, -c, &sc_l);
	cs_l += cl + sl;
	sc_l += sl - cl;
	/* A = P (c + s) - Q (s - c) and B = P (s - c) + Q (c + s), P = 1 + p. */
	double al, ah = fast_add(cs, cs_l + p * cs - q * sc, &al);
	double bl, bh = fast_add(sc, sc_l + p * sc + q * cs, &bl);
	double sxl, sx = sqrt_dd(x, 0, &sxl);
	double fl, f = div_dd(0x1.20dd750429b6dp-1, 0x1.1ae3a914fed80p-57, sx, sxl, &fl);
	dd_t fa = {f, fl};
	dd_t A = dd_mul(fa, (dd_t){ah, al}), B = dd_mul(fa, (dd_t){bh, bl});
	if (n == 0) {
		*j = A;
		*y = B;
	} else {
		*j = B;
		*y = (dd_t){-A.hi, -A.lo};
	}
}
