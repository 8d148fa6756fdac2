#include "libm.h"

/* log(x + xl) for finite x > 0 and |xl| <= ulp(x): x = 2^e m with m in
   [sqrt(1/2), sqrt(2)); c = j/128 is the nearest table point to m and
   invc its rounded reciprocal, so r = m invc - 1 is exact as a
   double-double of size at most 2^-7.5, and
   log x = e log2 - log(invc) + log(1 + r), the last by its series to r^9. */
hidden double __log_dd(double x, double xl, double *lo)
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
	int j = (int)__builtin_rint(m * 128) - 90;
	const double *t = __log_table + 3 * j;
	double pl, p = mul_exact(m, t[0], &pl);
	double rl, r = fast_add(p - 1, pl, &rl);
	double r2l, r2 = mul_exact(r, r, &r2l);
	double poly = r * r2 * (0x1.5555555555555p-2 + r * (-0x1p-2 +
		r * (0x1.999999999999ap-3 + r * (-0x1.5555555555555p-3 +
		r * (0x1.2492492492492p-3 + r * (-0x1p-3 + r * 0x1.c71c71c71c71cp-4))))));
	double ed = e;
	double al, a = add_exact(ed * 0x1.62e42fefa3800p-1, t[1], &al);
	double bl, b = add_exact(a, r, &bl);
	double cl, c = add_exact(b, -0.5 * r2, &cl);
	double tail = al + bl + cl + (ed * 0x1.ef35793c76730p-45 + t[2] + rl -
		0.5 * r2l - r * rl + poly + xl / x);
	return fast_add(c, tail, lo);
}
