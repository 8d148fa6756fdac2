#include "libm_kernels.h"

/* Below 1 the Taylor series to x^20; above, (e^x + e^-x)/2 with both
   terms as double-doubles; above 22, e^(x - ln2) alone. */
double cosh(double x)
{
	double ax = __builtin_fabs(x);
	if (!__builtin_isfinite(x))
		return ax;
	if (ax < 0x1p-27)
		return 1;
	double hi, lo;
	if (ax < 1) {
		double z = x * x;
		double t = z * (0x1p-1 + z * (0x1.5555555555555p-5 +
			z * (0x1.6c16c16c16c17p-10 + z * (0x1.a01a01a01a01ap-16 +
			z * (0x1.27e4fb7789f5cp-22 + z * (0x1.1eed8eff8d898p-29 +
			z * (0x1.93974a8c07c9dp-37 + z * (0x1.ae7f3e733b81fp-45 +
			z * (0x1.6827863b97d97p-53 + z * 0x1.e542ba4020225p-62)))))))));
		return 1 + t;
	}
	if (ax > 0x1.633ce8fb9f87ep+9)
		return math_erange(__builtin_inf());
	if (ax > 22) {
		double al, a = add_exact(ax, -0x1.62e42fefa39efp-1, &al);
		hi = exp_dd(a, al - 0x1.abc9e3b39803fp-56, &lo);
	} else {
		double el, e = exp_dd(ax, 0, &el);
		double il, i = div_dd(1, 0, e, el, &il);
		double dl, d = add_exact(e, i, &dl);
		hi = 0.5 * d;
		lo = 0.5 * (dl + el + il);
	}
	return math_check(hi + lo);
}
