#include "libm.h"

/* e^(x + xl) = 2^(k/128) e^r, k = round(x 128/ln2), |r| <= ln2/256 (plus
   rounding); e^r - 1 by its Taylor polynomial to r^5, whose remainder is
   below 2^-60; 2^(k/128) from the table. Needs |x| < 746. Results below
   2^-1000 are rounded to a double in *hi and carry no low part. */
hidden double __exp_dd(double x, double xl, double *lo)
{
	double kd = __builtin_rint(x * 0x1.71547652b82fep+7);
	int k = (int)kd;
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
