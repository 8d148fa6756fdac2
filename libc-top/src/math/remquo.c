#include "libm.h"

/* The truncated quotient and remainder come from an exact long division as
   in fmod; one step then rounds the quotient to nearest, ties to even. */
double remquo(double x, double y, int *quo)
{
	*quo = 0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_edom();
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y), r = ax;
	uint32_t q = 0;
	if (ax >= ay) {
		int ex, ey;
		uint64_t mx = mant_exp(x, &ex), my = mant_exp(y, &ey);
		q = (uint32_t)(mx / my);
		mx %= my;
		for (int d = ex - ey; d > 0;) {
			int s = d < 11 ? d : 11;
			uint64_t t = mx << s;
			q = q << s | (uint32_t)(t / my);
			mx = t % my;
			d -= s;
		}
		r = from_mant_exp(mx, ey);
	}
	int up = ay < 0x1p-1021 ? r + r > ay || (r + r == ay && (q & 1))
				: r > 0.5 * ay || (r == 0.5 * ay && (q & 1));
	if (up) {
		r -= ay;
		q++;
	}
	int qi = (int)(q & 0x7fffffff);
	*quo = __builtin_signbit(x) != __builtin_signbit(y) ? -qi : qi;
	return __builtin_copysign(1.0, x) * r;
}
