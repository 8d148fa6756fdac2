#include "libm_kernels.h"

/* Taylor coefficients of sin(pi r) / r and cos(pi r) in u = r^2
   (tools/libm_gamma.py): the first four as double-doubles. */
static const double sin_c_dd[8] = {
	0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53,
	-0x1.4abbce625be53p+2, 0x1.05511c68476a8p-52,
	0x1.466bc6775aae2p+1, -0x1.6dc0cbddb0fc3p-54,
	-0x1.32d2cce62bd86p-1, 0x1.066847a026e69p-55,
};
static const double sin_c[8] = {
	0x1.50783487ee782p-4,
	-0x1.e3074fde8871fp-8,
	0x1.e8f434d018d63p-12,
	-0x1.6fadb9f155744p-16,
	0x1.aaec32af93359p-21,
	-0x1.8a404211f9547p-26,
	0x1.2877020d52cf0p-31,
	-0x1.7215f879e1ac9p-37,
};
static const double cos_c_dd[8] = {
	0x1.0000000000000p+0, 0x0.0p+0,
	-0x1.3bd3cc9be45dep+2, -0x1.692b71366cc04p-52,
	0x1.03c1f081b5ac4p+2, -0x1.32b33f87fc145p-52,
	-0x1.55d3c7e3cbffap+0, 0x1.d582920937625p-59,
};
static const double cos_c[8] = {
	0x1.e1f506891babbp-3,
	-0x1.a6d1f2a204a8cp-6,
	0x1.f9d38a3763cc3p-10,
	-0x1.b6e24f44b128fp-14,
	0x1.20c62c2f2d7f5p-18,
	-0x1.2a0c591af8314p-23,
	0x1.ef6e308d6d1c4p-29,
	-0x1.52ae4120fde27p-34,
};

/* The series c in u = uh + ul: the small terms by Horner's rule in double,
   the first four in double-double. The sine and cosine kernels of sin and
   cos round r^2 and so are good to about 2^-56 only; the gamma functions
   cancel sin(pi x) against log Gamma and need more. */
static double series(const double *cdd, const double *c, double uh, double ul, double *lo)
{
	double p = c[7];
	for (int k = 6; k >= 0; k--)
		p = p * uh + c[k];
	double ph = p, pl = 0;
	for (int k = 3; k >= 0; k--) {
		double e, h = mul_exact(ph, uh, &e);
		e += ph * ul + pl * uh;
		double s, g = add_exact(h, cdd[2 * k], &s);
		ph = fast_add(g, s + e + cdd[2 * k + 1], &pl);
	}
	*lo = pl;
	return ph;
}

/* sin(pi x) as hi + *lo, exact at the integers: |x| is reduced modulo 2
   exactly, then folded to r in [0, 1/4] of a half period, where
   sin(pi r) or cos(pi r) comes from its Taylor series (the terms dropped
   are below 2^-75). Below r = 2^-242, where r^2 would be too small for
   mul_exact, sin(pi r) is pi r to far below an ulp. */
hidden double __sinpi(double x, double *lo)
{
	double a = __builtin_fabs(x);
	double r = a - 2 * __builtin_floor(a * 0.5);
	double sign = x < 0 ? -1 : 1;
	if (r >= 1) {
		r -= 1;
		sign = -sign;
	}
	if (r > 0.5)
		r = 1 - r;
	double l, hi;
	if (r > 0.25) {
		double t = 0.5 - r, ul, u = mul_exact(t, t, &ul);
		hi = series(cos_c_dd, cos_c, u, ul, &l);
	} else if (r < 0x1p-242) {
		hi = mul_exact(r, 0x1.921fb54442d18p+1, &l);
		l += r * 0x1.1a62633145c07p-53;
	} else {
		double ul, u = mul_exact(r, r, &ul);
		double sl, s = series(sin_c_dd, sin_c, u, ul, &sl);
		hi = mul_exact(s, r, &l);
		l += sl * r;
	}
	*lo = sign * l;
	return sign * hi;
}
