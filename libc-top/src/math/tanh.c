#include "libm.h"

/* t / (t + 2) with t = e^2|x| - 1, as double-doubles. */
double tanh(double x)
{
	double ax = __builtin_fabs(x);
	if (__builtin_isnan(x) || ax < 0x1p-27)
		return x;
	if (ax > 22)
		return __builtin_copysign(1, x);
	double tl, t = __expm1_dd(2 * ax, &tl);
	double dl, d = add_exact(t, 2, &dl);
	double ql, q = div_dd(t, tl, d, dl + tl, &ql);
	return __builtin_copysign(q + ql, x);
}
