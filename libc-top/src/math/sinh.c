#include "libm_kernels.h"

/* Below 1 the Taylor series to x^19; above, (e^x - e^-x)/2 with both
   terms as double-doubles; above 22, e^(x - ln2) alone. */
double sinh(double x)
{
	double ax = __builtin_fabs(x);
	if (!__builtin_isfinite(x) || ax < 0x1p-27)
		return x;
	double hi, lo;
	if (ax < 1) {
		double z = x * x;
		double t = x * z * (0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 +
			z * (0x1.a01a01a01a01ap-13 + z * (0x1.71de3a556c734p-19 +
			z * (0x1.ae64567f544e4p-26 + z * (0x1.6124613a86d09p-33 +
			z * (0x1.ae7f3e733b81fp-41 + z * (0x1.952c77030ad4ap-49 +
			z * 0x1.2f49b46814157p-57))))))));
		return x + t;
	}
	if (ax > 0x1.633ce8fb9f87ep+9)
		return math_erange(__builtin_copysign(__builtin_inf(), x));
	if (ax > 22) {
		double al, a = add_exact(ax, -0x1.62e42fefa39efp-1, &al);
		hi = exp_dd(a, al - 0x1.abc9e3b39803fp-56, &lo);
	} else {
		double el, e = exp_dd(ax, 0, &el);
		double il, i = div_dd(1, 0, e, el, &il);
		double dl, d = add_exact(e, -i, &dl);
		hi = 0.5 * d;
		lo = 0.5 * (dl + el - il);
	}
	return __builtin_copysign(math_check(hi + lo), x);
}
