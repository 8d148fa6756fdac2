#include "libm.h"

/* atan(t) - t by its series to t^17, for |t| <= 3/32. */
static double tail(double t)
{
	double z = t * t;
	return t * z * (-0x1.5555555555555p-2 + z * (0x1.999999999999ap-3 +
		z * (-0x1.2492492492492p-3 + z * (0x1.c71c71c71c71cp-4 +
		z * (-0x1.745d1745d1746p-4 + z * (0x1.3b13b13b13b14p-4 +
		z * (-0x1.1111111111111p-4 + z * 0x1.e1e1e1e1e1e1ep-5)))))));
}

/* atan((y + yl) / (x + xl)) for 0 <= y, 0 < x, both near 1 in size or
   within 2^60 of each other. The quotient u, or its reciprocal when above
   1, is a double-double in [0, 1]; above 3/32,
   atan u = atan c + atan((u - c) / (1 + u c)) with c = j/16 the nearest
   table point, leaving |t| <= 1/32 for the series. */
hidden double __atan_dd(double y, double yl, double x, double xl, double *lo)
{
	int swap = y > x;
	double ul, u = swap ? div_dd(x, xl, y, yl, &ul) : div_dd(y, yl, x, xl, &ul);
	double hi, l;
	if (u < 0.09375) {
		hi = fast_add(u, ul + tail(u), &l);
	} else {
		int j = (int)__builtin_rint(u * 16);
		double c = j * 0.0625;
		double pl, p = mul_exact(u, c, &pl);
		double dl, d = add_exact(1, p, &dl);
		dl += pl + ul * c;
		double tl, t = div_dd(u - c, ul, d, dl, &tl);
		double sl, s = add_exact(__atan_table[2 * j], t, &sl);
		hi = fast_add(s, sl + (__atan_table[2 * j + 1] + tl + tail(t)), &l);
	}
	if (swap) {
		double sl, s = add_exact(0x1.921fb54442d18p+0, -hi, &sl);
		hi = fast_add(s, sl + (0x1.1a62633145c07p-54 - l), &l);
	}
	*lo = l;
	return hi;
}
