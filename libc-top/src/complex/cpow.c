#include "complex_impl.h"
#include "libm_kernels.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

/* arg z as a double-double, for finite z. */
static double arg_dd(double x, double y, double *lo)
{
	double ax = fabs(x), ay = fabs(y), h, l;
	if (ay == 0) {
		h = l = 0;
	} else if (ax == 0) {
		h = 0.5 * PI_HI;
		l = 0.5 * PI_LO;
	} else if (ay < ax * 0x1p-60) {
		h = div_dd(ay, 0, ax, 0, &l);
	} else if (ax < ay * 0x1p-60) {
		double ql, q = div_dd(ax, 0, ay, 0, &ql);
		h = fast_add(0.5 * PI_HI, 0.5 * PI_LO - q - ql, &l);
	} else {
		/* Within 2^60 of each other: bring both into the range of the
		   kernel's exact products. */
		double m = ax > ay ? ax : ay, sc = 1;
		if (m > 0x1p900)
			sc = 0x1p-200;
		else if (m < 0x1p-900)
			sc = 0x1p200;
		h = __atan_dd(ay * sc, 0, ax * sc, 0, &l);
	}
	if (x < 0) {
		double sl, s = add_exact(PI_HI, -h, &sl);
		h = fast_add(s, sl + (PI_LO - l), &l);
	}
	if (signbit(y)) {
		h = -h;
		l = -l;
	}
	*lo = l;
	return h;
}

/* a b + c d as a double-double, for factors in mul_exact's range. */
static double dot(double a, double al, double b, double c, double cl, double d, double *lo)
{
	double pl, p = mul_exact(a, b, &pl);
	double ql, q = mul_exact(c, d, &ql);
	double sl, s = add_exact(p, q, &sl);
	return fast_add(s, sl + pl + ql + al * b + cl * d, lo);
}

/* exp(w log z), which C17 G.6.4.1 allows. log z and the product are
   double-doubles, and so are the exponential and the sine and cosine of
   the result, so that each part is rounded about once: the error of
   exp(w log z) computed in double would grow with |w log z|. Arguments
   outside the ranges of the kernels (an infinity, a NaN, z = 0, huge or
   tiny parts of w, a result near overflow or underflow, an angle past
   2^20) take that plain formula. The product is written out: C's complex
   multiplication would call the runtime's Annex G product for a gain only
   in cases the two special cases below settle. */
double _Complex cpow(double _Complex z, double _Complex w)
{
	double x = __real__ z, y = __imag__ z, c = __real__ w, d = __imag__ w;
	if (c == 0 && d == 0)
		return cpack(1, 0);
	if (x == 0 && y == 0 && d == 0 && c > 0)
		return cpack(0, 0);
	int plain = !isfinite(x) || !isfinite(y) || (x == 0 && y == 0) ||
		!(fabs(c) < 0x1p900) || !(fabs(d) < 0x1p900) ||
		(c != 0 && fabs(c) < 0x1p-900) || (d != 0 && fabs(d) < 0x1p-900);
	double u, ul, v, vl;
	if (!plain) {
		double Ll, L = __clog_abs(x, y, &Ll);
		double tl, t = arg_dd(x, y, &tl);
		/* u = c L - d t, v = c t + d L */
		u = dot(L, Ll, c, -t, -tl, d, &ul);
		v = dot(t, tl, c, L, Ll, d, &vl);
		plain = !(u > -700 && u < 690) || !(fabs(v) < 0x1p20);
	}
	if (plain) {
		double _Complex l = clog(z);
		double a = __real__ l, b = __imag__ l;
		return cexp(cpack(c * a - d * b, c * b + d * a));
	}
	double el, e = exp_dd(u, ul, &el);
	double r, rl;
	int k = rem_pio2(v, &r, &rl);
	r = add_exact(r, rl + vl, &rl);
	double sl, s = sin_dd(r, rl, &sl), cl, co = cos_dd(r, rl, &cl);
	for (; k & 3; k--) {
		/* v = v' + pi/2: sin v = cos v', cos v = -sin v'. */
		double ts = s, tsl = sl;
		s = co;
		sl = cl;
		co = -ts;
		cl = -tsl;
	}
	double pl, p = mul_exact(e, co, &pl);
	double ql, q = mul_exact(e, s, &ql);
	return cpack(p + (pl + e * cl + el * co), q + (ql + e * sl + el * s));
}
