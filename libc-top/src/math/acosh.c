#include "libm_kernels.h"

/* log(x + sqrt(x^2 - 1)) with x^2 - 1 and the argument as double-doubles;
   above 2^28, log x + ln2. */
double acosh(double x)
{
	if (__builtin_isnan(x))
		return x;
	if (x < 1)
		return math_edom();
	if (x == 1)
		return 0;
	if (__builtin_isinf(x))
		return x;
	double hi, lo;
	if (x > 0x1p28) {
		double l, h = log_dd(x, 0, &l);
		hi = add_exact(h, 0x1.62e42fefa39efp-1, &lo);
		lo += l + 0x1.abc9e3b39803fp-56;
	} else {
		double x2l, x2 = mul_exact(x, x, &x2l);
		double dl, d = add_exact(x2, -1, &dl);
		double sl, s = sqrt_dd(d, dl + x2l, &sl);
		double al, a = add_exact(x, s, &al);
		hi = log_dd(a, al + sl, &lo);
	}
	return hi + lo;
}
