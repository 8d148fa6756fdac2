#include "libm_kernels.h"

/* Taylor coefficients of log Gamma around 1 and around 2 (tools/libm_gamma.py):
   the first six as double-doubles, the rest rounded to double. */
static const double near1_dd[12] = {
	-0x1.2788cfc6fb619p-1, 0x1.6cb90701fbfabp-58,
	0x1.a51a6625307d3p-1, 0x1.1873d8912200cp-56,
	-0x1.9a4d55beab2d7p-2, 0x1.4c26d1b465993p-59,
	0x1.151322ac7d848p-2, 0x1.b5f91211196e5p-57,
	-0x1.a8b9c17aa6149p-3, -0x1.2e826a4fdae1ap-58,
	0x1.5b40cb100c306p-3, 0x1.4a79940f15696p-59,
};
static const double near1[24] = {
	-0x1.2703a1dcea3aep-3,
	0x1.010b36af86397p-3,
	-0x1.c806706d57db4p-4,
	0x1.9a01e385d5f8fp-4,
	-0x1.748c33114c6d6p-4,
	0x1.556ad63243bc4p-4,
	-0x1.3b1d971fc5985p-4,
	0x1.2496df8320c5fp-4,
	-0x1.11133476e7fe0p-4,
	0x1.00010064cdeb2p-4,
	-0x1.e1e2d311e8abdp-5,
	0x1.c71ce3a20b419p-5,
	-0x1.af28a1b5688a0p-5,
	0x1.9999b3352d5bap-5,
	-0x1.86186db77bfbfp-5,
	0x1.745d1d1778df9p-5,
	-0x1.642c88591b66dp-5,
	0x1.555556aaafdcdp-5,
	-0x1.47ae151eb9fb7p-5,
	0x1.3b13b189d925ep-5,
	-0x1.2f684c00002bcp-5,
	0x1.24924936db7bcp-5,
	-0x1.1a7b961a7b9aap-5,
	0x1.111111155556dp-5,
};
static const double near2_dd[12] = {
	0x1.b0ee6072093cep-2, 0x1.6cb90701fbfabp-58,
	0x1.4a34cc4a60fa6p-2, 0x1.1873d8912200cp-56,
	-0x1.13e001a557607p-4, 0x1.fb68be2f8821fp-58,
	0x1.51322ac7d8483p-6, 0x1.afc89088cb729p-60,
	-0x1.e404fc218f5f2p-8, 0x1.e4a627cf1eb34p-62,
	0x1.7add6eadb6c30p-9, -0x1.5b7828c7fd7f4p-64,
};
static const double near2[38] = {
	-0x1.38ac5c2bf8e08p-10,
	0x1.0b36af86396e9p-11,
	-0x1.d3fd4c76d2fc8p-13,
	0x1.a127b0f17d65ap-14,
	-0x1.78de5bd7c81efp-15,
	0x1.580dcee66eb02p-16,
	-0x1.3cbc963ce2243p-17,
	0x1.2597a39f34aacp-18,
	-0x1.11b2eb7679541p-19,
	0x1.0064cdeb22f0fp-20,
	-0x1.e2600d93cfd2fp-22,
	0x1.c76bbb3f07a4dp-23,
	-0x1.af5a6cbbf8a97p-24,
	0x1.99b93c2070b0fp-25,
	-0x1.862c734df3eacp-26,
	0x1.7469daccfadcdp-27,
	-0x1.6434a8447aeadp-28,
	0x1.555a877ffd2c3p-29,
	-0x1.47b1679258d0ep-30,
	0x1.3b15d2b2fc10cp-31,
	-0x1.2f69a9fabe3e0p-32,
	0x1.24932a337434cp-33,
	-0x1.1a7c26ec2523cp-34,
	0x1.11116e693ed98p-35,
	-0x1.08424cbc543d8p-36,
	0x1.000026e3f644fp-37,
	-0x1.f07c514fc9f0ap-39,
	0x1.e1e2026aafcd8p-40,
	-0x1.d41d56e5ee2e2p-41,
	0x1.c71c7f6f10e37p-42,
	-0x1.bacf9a27bc89bp-43,
	0x1.af28718a10d6ep-44,
	-0x1.a41a45603e5b6p-45,
	0x1.99999c0716ee9p-46,
	-0x1.8f9c1a8df9d78p-47,
	0x1.8618628d28905p-48,
	-0x1.7d05f4c31c560p-49,
	0x1.745d17b56ba4ap-50,
};

/* t (c0 + c1 t + ...) with c the n coefficients after the six of cdd:
   Horner's rule in double for the small high-order terms, then in
   double-double, so that the result is relatively accurate as t -> 0. */
static double series(const double *cdd, const double *c, int n, double t, double *lo)
{
	double p = c[n - 1];
	for (int k = n - 2; k >= 0; k--)
		p = p * t + c[k];
	double ph = p, pl = 0;
	for (int k = 5; k >= 0; k--) {
		double e, h = mul_exact(ph, t, &e);
		double s, g = add_exact(h, cdd[2 * k], &s);
		ph = fast_add(g, s + e + pl * t + cdd[2 * k + 1], &pl);
	}
	double e, h = mul_exact(ph, t, &e);
	return fast_add(h, e + pl * t, lo);
}

/* log Gamma(x) for x > 0, as hi + *lo.
   - Within 1/4 of 1 and 3/4 of 2, the Taylor series there, in t = x - 1 or
     x - 2 (both exact): the result keeps its relative accuracy next to the
     zeros at 1 and 2.
   - Below 2^-60, -log x - gamma x (the next term, x^2 pi^2/12, is far
     below an ulp), which also serves subnormal x.
   - Elsewhere x is shifted up to z = x + n >= 12 by
     log Gamma(x) = log Gamma(z) - log(x (x+1) ... (x+n-1)), and
     log Gamma(z) = (z - 1/2) log z - z + log(2 pi)/2 + sum B_2k / (2k (2k-1) z^(2k-1))
     (Stirling's series, to k = 8, below 2^-60 for z >= 12). The shifts,
     their product, z and (z - 1/2) log z are double-doubles, so that the
     absolute error stays near 2^-60 times the result's magnitude; exp of
     it (tgamma) needs that.
   - Above 2^900 the result is x (log x - 1), as the rest (about
     -log(x)/2) is far below an ulp; it is rounded here and may overflow. */
hidden double __lgamma_pos(double x, double *lo)
{
	if (x >= 0.75 && x <= 1.25)
		return series(near1_dd, near1, sizeof near1 / sizeof *near1, x - 1, lo);
	if (x > 1.25 && x <= 2.75)
		return series(near2_dd, near2, sizeof near2 / sizeof *near2, x - 2, lo);
	double ll, l;
	if (x < 0x1p-60) {
		l = log_dd(x, 0, &ll);
		return fast_add(-l, -ll - x * 0x1.2788cfc6fb619p-1, lo);
	}
	if (x > 0x1p900) {
		l = log_dd(x, 0, &ll);
		double ml, m = add_exact(l, -1, &ml);
		ml += ll;
		double pl, p = mul_exact(x * 0x1p-200, m, &pl);
		*lo = 0;
		return (p + (pl + x * 0x1p-200 * ml)) * 0x1p200;
	}
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
	l = log_dd(zh, zl, &ll);
	/* z log z - z - log(z)/2: zh - 0.5 is inexact from 2^52 up. */
	double tl, t = mul_exact(zh, l, &tl);
	tl += zh * ll + zl * l;
	double al, a = add_exact(t, -zh, &al);
	double bl, b = add_exact(a, -0.5 * l, &bl);
	double cl, c = add_exact(b, 0x1.d67f1c864beb5p-1, &cl);
	double w = 1 / zh, w2 = w * w;
	double s = w * (0x1.5555555555555p-4 + w2 * (-0x1.6c16c16c16c17p-9 +
		w2 * (0x1.a01a01a01a01ap-11 + w2 * (-0x1.3813813813814p-11 +
		w2 * (0x1.b951e2b18ff23p-11 + w2 * (-0x1.f6ab0d9993c7dp-10 +
		w2 * (0x1.a41a41a41a41ap-8 + w2 * -0x1.e4286cb0f5398p-6)))))));
	double rest = tl + al + bl + cl - zl - 0.5 * ll - 0x1.65b5a1b7ff5dfp-55 + s;
	if (ph != 1) {
		double ql, q = log_dd(ph, pl, &ql);
		double dl, d = add_exact(c, -q, &dl);
		c = d;
		rest += dl - ql;
	}
	return fast_add(c, rest, lo);
}
