#include "libm_kernels.h"

/* log Gamma(x) for x > 0, as hi + *lo: x is shifted up to z = x + n >= 12
   by log Gamma(x) = log Gamma(z) - log(x (x+1) ... (x+n-1)), and
   log Gamma(z) = (z - 1/2) log z - z + log(2 pi)/2 + sum B_2k / (2k (2k-1) z^(2k-1))
   (Stirling's series, to k = 8, below 2^-60 for z >= 12). The shifts,
   their product and z are double-doubles. */
hidden double __lgamma_pos(double x, double *lo)
{
	double ph = 1, pl = 0, zh = x, zl = 0;
	if (x < 12) {
		double n = __builtin_ceil(12 - x);
		for (double k = 0; k < n; k++) {
			double fl, f = add_exact(x, k, &fl);
			double e, h = mul_exact(ph, f, &e);
			e += ph * fl + pl * f;
			ph = fast_add(h, e, &pl);
		}
		zh = add_exact(x, n, &zl);
	}
	double ll, l = log_dd(zh, zl, &ll);
	double tl, t = mul_exact(zh - 0.5, l, &tl);
	tl += (zh - 0.5) * ll + zl * l;
	double w = 1 / zh, w2 = w * w;
	double s = w * (0x1.5555555555555p-4 + w2 * (-0x1.6c16c16c16c17p-9 +
		w2 * (0x1.a01a01a01a01ap-11 + w2 * (-0x1.3813813813814p-11 +
		w2 * (0x1.b951e2b18ff23p-11 + w2 * (-0x1.f6ab0d9993c7dp-10 +
		w2 * (0x1.a41a41a41a41ap-8 + w2 * -0x1.e4286cb0f5398p-6)))))));
	double al, a = add_exact(t, -zh, &al);
	double bl, b = add_exact(a, 0x1.d67f1c864beb5p-1, &bl);
	double rest = al + bl + tl - zl - 0x1.65b5a1b7ff5dfp-55 + s;
	if (ph != 1) {
		double qh = log_dd(ph, pl, &ll);
		double cl, c = add_exact(b, -qh, &cl);
		b = c;
		rest += cl - ll;
	}
	return fast_add(b, rest, lo);
}
