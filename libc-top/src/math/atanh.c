#include "libm_kernels.h"

/* Below 1/8 the Taylor series to x^21; above,
   (log(1 + |x|) - log(1 - |x|)) / 2 with both logarithms as double-doubles. */
double atanh(double x)
{
	double ax = __builtin_fabs(x);
	if (__builtin_isnan(x) || ax < 0x1p-27)
		return x;
	if (ax > 1)
		return math_edom();
	if (ax == 1)
		return math_erange(__builtin_copysign(__builtin_inf(), x));
	if (ax < 0.125) {
		double z = x * x;
		return x + x * z * (0x1.5555555555555p-2 + z * (0x1.999999999999ap-3 +
			z * (0x1.2492492492492p-3 + z * (0x1.c71c71c71c71cp-4 +
			z * (0x1.745d1745d1746p-4 + z * (0x1.3b13b13b13b14p-4 +
			z * (0x1.1111111111111p-4 + z * (0x1.e1e1e1e1e1e1ep-5 +
			z * (0x1.af286bca1af28p-5 + z * 0x1.8618618618618p-5)))))))));
	}
	double pl, p = add_exact(1, ax, &pl);
	double ml, m = add_exact(1, -ax, &ml);
	double al, a = log_dd(p, pl, &al);
	double bl, b = log_dd(m, ml, &bl);
	double dl, d = add_exact(a, -b, &dl);
	return __builtin_copysign(0.5 * (d + (dl + al - bl)), x);
}
