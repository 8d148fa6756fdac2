#include "libm_kernels.h"

/* e^x - 1 for |x| < 709: below 1/8 its Taylor series to x^11 (remainder
   below 2^-64 of the result), above it e^x as a double-double minus one. */
hidden double __expm1_dd(double x, double *lo)
{
	if (__builtin_fabs(x) < 0.125) {
		double t = x * x * (0x1p-1 + x * (0x1.5555555555555p-3 +
			x * (0x1.5555555555555p-5 + x * (0x1.1111111111111p-7 +
			x * (0x1.6c16c16c16c17p-10 + x * (0x1.a01a01a01a01ap-13 +
			x * (0x1.a01a01a01a01ap-16 + x * (0x1.71de3a556c734p-19 +
			x * (0x1.27e4fb7789f5cp-22 + x * 0x1.ae64567f544e4p-26)))))))));
		return fast_add(x, t, lo);
	}
	double el, e = exp_dd(x, 0, &el), sl;
	double s = add_exact(e, -1.0, &sl);
	return fast_add(s, sl + el, lo);
}
