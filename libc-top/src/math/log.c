#include "libm_kernels.h"

/* The reduction of log_dd (libm_kernels.h) with less care for the last
   bits: r^2 and the series (to r^8) are rounded, which costs under 2^-60 of
   the result. x is positive and normal, or scaled to be. */
static double reduce(double x, int e)
{
	uint64_t i = asuint64(x);
	e += (int)(i >> 52) - 1023;
	double m = asdouble((i & ((1ull << 52) - 1)) | 0x3ff0000000000000);
	if (m > 0x1.6a09e667f3bcdp+0) {
		m *= 0.5;
		e++;
	}
	/* The nearest integer to 256 m, from the low bits (see exp_dd in
	   libm_kernels.h). */
	int j = (int)(uint32_t)asuint64(m * 256 + 0x1.8p52) - 181;
	const double *t = __log_table + 3 * j;
	double mh = asdouble(asuint64(m) & ~0xffull), ml = m - mh;
	double r = (mh * t[0] - 1) + ml * t[0];
	double p = r * r * (-0x1p-1 + r * (0x1.5555555555555p-2 + r * (-0x1p-2 +
		r * (0x1.999999999999ap-3 + r * (-0x1.5555555555555p-3 +
		r * (0x1.2492492492492p-3 + r * -0x1p-3))))));
	double ed = e;
	double a = ed * 0x1.62e42fefa3800p-1 + t[1];
	double sl, s = add_exact(a, r, &sl);
	return s + (sl + (ed * 0x1.ef35793c76730p-45 + t[2] + p));
}

double log(double x)
{
	/* Only positive normal numbers pass this test. */
	if (asuint64(x) - 0x0010000000000000 < 0x7fe0000000000000)
		return reduce(x, 0);
	if (__builtin_isnan(x))
		return x;
	if (x < 0)
		return math_edom();
	if (x == 0)
		return math_erange(-__builtin_inf());
	if (__builtin_isinf(x))
		return x;
	return reduce(x * 0x1p54, -54);
}
