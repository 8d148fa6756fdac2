#include "libm.h"

/* Exact: long division of the significands, eleven bits at a time so that
   the shifted remainder stays below 2^64. */
double fmod(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_edom();
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (ax < ay)
		return x;
	if (ax == ay)
		return __builtin_copysign(0.0, x);
	int ex, ey;
	uint64_t mx = mant_exp(x, &ex), my = mant_exp(y, &ey);
	mx %= my;
	for (int d = ex - ey; d > 0;) {
		int s = d < 11 ? d : 11;
		mx = (mx << s) % my;
		d -= s;
	}
	return __builtin_copysign(from_mant_exp(mx, ey), x);
}
