#include "libm.h"

/* sin(r + rl) for |r| <= pi/4 + 2^-40: the Taylor series to r^19, whose
   remainder is below 2^-62 of the result. */
hidden double __sin_dd(double r, double rl, double *lo)
{
	double z = r * r;
	double t = r * z * (-0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 +
		z * (-0x1.a01a01a01a01ap-13 + z * (0x1.71de3a556c734p-19 +
		z * (-0x1.ae64567f544e4p-26 + z * (0x1.6124613a86d09p-33 +
		z * (-0x1.ae7f3e733b81fp-41 + z * (0x1.952c77030ad4ap-49 +
		z * -0x1.2f49b46814157p-57))))))));
	return fast_add(r, t + rl * (1 - 0.5 * z), lo);
}
