#include "libm.h"

/* cos(r + rl) for |r| <= pi/4 + 2^-40: 1 - r^2/2 kept exact as a
   double-double, then the Taylor series from r^4 to r^20. */
hidden double __cos_dd(double r, double rl, double *lo)
{
	double zl, z = mul_exact(r, r, &zl);
	double hz = 0.5 * z, w = 1 - hz;
	double t = z * z * (0x1.5555555555555p-5 + z * (-0x1.6c16c16c16c17p-10 +
		z * (0x1.a01a01a01a01ap-16 + z * (-0x1.27e4fb7789f5cp-22 +
		z * (0x1.1eed8eff8d898p-29 + z * (-0x1.93974a8c07c9dp-37 +
		z * (0x1.ae7f3e733b81fp-45 + z * (-0x1.6827863b97d97p-53 +
		z * 0x1.e542ba4020225p-62))))))));
	return fast_add(w, ((1 - w) - hz) - 0.5 * zl + t - r * rl, lo);
}
