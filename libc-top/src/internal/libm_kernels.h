#ifndef LIBM_KERNELS_H
#define LIBM_KERNELS_H

/* The double-double kernels, inline in their callers: each returns the
   high part of its result and stores the low part through lo. */

#include "libm.h"

hidden int __rem_pio2_large(double x, double *r, double *rl);

/* e^(x + xl) = 2^(k/128) e^r, k = round(x 128/ln2), |r| <= ln2/256 (plus
   rounding); e^r - 1 by its Taylor polynomial to r^5, whose remainder is
   below 2^-60; 2^(k/128) from the table. Needs |x| < 746. Results below
   2^-1000 are rounded to a double in *hi and carry no low part. */
static inline __attribute__((__always_inline__)) double exp_dd(double x, double xl, double *lo)
{
	/* Adding 1.5 * 2^52 rounds to an integer and leaves it in the low
	   bits of the representation, with no conversion instruction. */
	double z = x * 0x1.71547652b82fep+7 + 0x1.8p52;
	int k = (int)(uint32_t)asuint64(z);
	double kd = z - 0x1.8p52;
	/* ln2/128 = HI + LO with HI short enough that kd * HI is exact. */
	double r = (x - kd * 0x1.62e42fefc0000p-8) + (xl - kd * -0x1.c610ca86c3899p-44);
	double p = r + r * r * (0x1p-1 + r * (0x1.5555555555555p-3 +
		r * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7)));
	int j = k & 127, m = k >> 7;
	double th = __exp_table[2 * j], tl = __exp_table[2 * j + 1];
	double l, hi = fast_add(th, tl + th * p, &l);
	if (m > 1023) {
		hi *= 2;
		l *= 2;
		m--;
	}
	if (m < -1000) {
		*lo = 0;
		return (hi + l) * asdouble((uint64_t)(1023 + m + 1000) << 52) * 0x1p-1000;
	}
	double s = asdouble((uint64_t)(1023 + m) << 52);
	*lo = l * s;
	return hi * s;
}

/* log(x + xl) for finite x > 0 and |xl| <= ulp(x): x = 2^e m with m in
   [sqrt(1/2), sqrt(2)); c = j/256 is the nearest table point to m and invc
   its reciprocal rounded to 8 bits, so that r = m invc - 1 has at most 53
   significant bits (its last is worth 2^-60 and |r| < 2^-7): with m cut
   into 45 and 8 bits, both partial products and their sum are exact;
   log x = e log2 - log(invc) + log(1 + r), the last by its series to r^10,
   with r^2 exact. e log2 + the high part of -log(invc) is exact: both are
   multiples of 2^-43 below 2^10. */
static inline __attribute__((__always_inline__)) double log_dd(double x, double xl, double *lo)
{
	int e = 0;
	if (x < 0x1p-1022) {
		x *= 0x1p54;
		xl *= 0x1p54;
		e = -54;
	}
	uint64_t i = asuint64(x);
	e += (int)(i >> 52) - 1023;
	double m = asdouble((i & ((1ull << 52) - 1)) | 0x3ff0000000000000);
	if (m > 0x1.6a09e667f3bcdp+0) {
		m *= 0.5;
		e++;
	}
	/* The nearest integer to 256 m, from the low bits (see exp_dd). */
	int j = (int)(uint32_t)asuint64(m * 256 + 0x1.8p52) - 181;
	const double *t = __log_table + 3 * j;
	double mh = asdouble(asuint64(m) & ~0xffull), ml = m - mh;
	double r = (mh * t[0] - 1) + ml * t[0];
	/* r^2 exactly as r2 + r2l, from r cut after its top 26 bits. */
	double rh = asdouble(asuint64(r) & ~((1ull << 27) - 1)), rt = r - rh;
	double r2 = rh * rh, r2l = (2 * rh + rt) * rt;
	double poly = r * (r * r) * (0x1.5555555555555p-2 + r * (-0x1p-2 +
		r * (0x1.999999999999ap-3 + r * (-0x1.5555555555555p-3 +
		r * (0x1.2492492492492p-3 + r * (-0x1p-3 + r * (0x1.c71c71c71c71cp-4 +
		r * -0x1.999999999999ap-4)))))));
	double ed = e;
	double a = ed * 0x1.62e42fefa3800p-1 + t[1];
	double bl, b = add_exact(a, r, &bl);
	double cl, c = add_exact(b, -0.5 * r2, &cl);
	double tail = bl + cl + (ed * 0x1.ef35793c76730p-45 + t[2] -
		0.5 * r2l + poly + xl / x);
	return fast_add(c, tail, lo);
}

/* sin(r + rl) for |r| <= pi/4 + 2^-30: r + r^3 S(r^2), S a Chebyshev fit
   of degree 6 (tools/libm_tables.py --kernels) within 2^-66 of
   (sin r - r) / r^3. */
static inline __attribute__((__always_inline__)) double sin_dd(double r, double rl, double *lo)
{
	double z = r * r;
	double t = r * z * (-0x1.5555555555555p-3 + z * (0x1.1111111111110p-7 +
		z * (-0x1.a01a01a019938p-13 + z * (0x1.71de3a546095bp-19 +
		z * (-0x1.ae645412c5607p-26 + z * (0x1.61217f0b7fd2bp-33 +
		z * -0x1.ab17d404bbd10p-41))))));
	return fast_add(r, t + rl * (1 - 0.5 * z), lo);
}

/* cos(r + rl) for |r| <= pi/4 + 2^-30: 1 - r^2/2 + r^4 C(r^2), C a
   Chebyshev fit of degree 5 within 2^-60 of (cos r - 1 + r^2/2) / r^4; the
   rounding error of 1 - r^2/2 is kept. */
static inline __attribute__((__always_inline__)) double cos_dd(double r, double rl, double *lo)
{
	double z = r * r;
	double hz = 0.5 * z, w = 1 - hz;
	double t = z * z * (0x1.5555555555555p-5 + z * (-0x1.6c16c16c16967p-10 +
		z * (0x1.a01a019f4eb01p-16 + z * (-0x1.27e4fa17da09bp-22 +
		z * (0x1.1eeb68e93b391p-29 + z * -0x1.907da36784073p-37)))));
	return fast_add(w, ((1 - w) - hz) + t - r * rl, lo);
}

/* x = k pi/2 + r + rl with |r| <= pi/4 (a little more after rounding);
   returns k modulo 4 at least. Below 2^19 pi/2, Cody and Waite's method
   with pi/2 in four parts, the first three short enough that k times them
   is exact. */
static inline __attribute__((__always_inline__)) int rem_pio2(double x, double *r, double *rl)
{
	double ax = __builtin_fabs(x);
	if (ax <= 0x1.921fb54442d18p-1) {
		*r = x;
		*rl = 0;
		return 0;
	}
	if (ax < 0x1p19 * 0x1.921fb54442d18p+0) {
		double z = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
		double kd = z - 0x1.8p52;
		double t = x - kd * 0x1.921fb54400000p+0;
		double w = kd * 0x1.0b4611a600000p-34;
		if (__builtin_fabs(t) > 0x1p-10) {
			/* No deep cancellation: |t| exceeds every later term, so
			   the fast form of two-sum is exact at each step. */
			double s = t - w, e1 = (t - s) - w;
			double w3 = kd * 0x1.3198a2e000000p-69;
			double s2 = s - w3, e2 = (s - s2) - w3;
			double tail = e1 + e2 - kd * 0x1.b839a252049c1p-104;
			*r = fast_add(s2, tail, rl);
			return (int)(uint32_t)asuint64(z);
		}
		double e1, s = add_exact(t, -w, &e1);
		double e2, s2 = add_exact(s, -kd * 0x1.3198a2e000000p-69, &e2);
		double tail = e1 + e2 - kd * 0x1.b839a252049c1p-104;
		*r = add_exact(s2, tail, rl);
		return (int)(uint32_t)asuint64(z);
	}
	int k = __rem_pio2_large(ax, r, rl);
	if (x < 0) {
		*r = -*r;
		*rl = -*rl;
		k = -k;
	}
	return k;
}

#endif
