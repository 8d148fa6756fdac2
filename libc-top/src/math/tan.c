#include "libm_kernels.h"

/* sin/cos of the reduced argument, both and their quotient as
   double-doubles; -cos/sin in the odd quadrants. */
double tan(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x : math_edom();
	if (__builtin_fabs(x) < 0x1p-27)
		return x;
	double r, rl, sl, cl, ql;
	int k = rem_pio2(x, &r, &rl);
	double s = sin_dd(r, rl, &sl), c = cos_dd(r, rl, &cl);
	if (k & 1)
		return -div_dd(c, cl, s, sl, &ql) - ql;
	return div_dd(s, sl, c, cl, &ql) + ql;
}
