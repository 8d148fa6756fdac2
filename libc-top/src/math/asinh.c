#include "libm_kernels.h"

/* Below 1/8 the Taylor series to x^21; above, log(|x| + sqrt(x^2 + 1))
   with the argument as a double-double; above 2^28, log|x| + ln2. */
double asinh(double x)
{
	double ax = __builtin_fabs(x);
	if (!__builtin_isfinite(x) || ax < 0x1p-27)
		return x;
	if (ax < 0.125) {
		double z = x * x;
		return x + x * z * (-0x1.5555555555555p-3 + z * (0x1.3333333333333p-4 +
			z * (-0x1.6db6db6db6db7p-5 + z * (0x1.f1c71c71c71c7p-6 +
			z * (-0x1.6e8ba2e8ba2e9p-6 + z * (0x1.1c4ec4ec4ec4fp-6 +
			z * (-0x1.c99999999999ap-7 + z * (0x1.7a87878787878p-7 +
			z * (-0x1.3fde50d79435ep-7 + z * 0x1.12ef3cf3cf3cfp-7)))))))));
	}
	double hi, lo;
	if (ax > 0x1p28) {
		double l, h = log_dd(ax, 0, &l);
		hi = add_exact(h, 0x1.62e42fefa39efp-1, &lo);
		lo += l + 0x1.abc9e3b39803fp-56;
	} else {
		double x2l, x2 = mul_exact(ax, ax, &x2l);
		double dl, d = add_exact(x2, 1, &dl);
		double sl, s = sqrt_dd(d, dl + x2l, &sl);
		double al, a = add_exact(ax, s, &al);
		hi = log_dd(a, al + sl, &lo);
	}
	return __builtin_copysign(hi + lo, x);
}
