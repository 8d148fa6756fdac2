#include "libm_bessel.h"

/* Y1 is real for x > 0 only: a domain error below, a pole at 0. Below
   2^-20, Y1 = -2/(pi x) + (x/pi)(log(x/2) + gamma - 1/2) to a relative
   2^-80, the first term as a double-double quotient; below 2^-900 that
   term alone, which may overflow. */
double y1(double x)
{
	if (isnan(x))
		return x;
	if (x < 0)
		return math_edom();
	if (x == 0)
		return math_erange(-INFINITY);
	if (x < 0x1p-900) {
		/* The quotient by 2^64 x, in mul_exact's range, then scaled. */
		double l, r = div_dd(0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55, x * 0x1p64, 0, &l);
		return math_check(-(r + l) * 0x1p64);
	}
	if (x < 0x1p-20) {
		double l, r = div_dd(0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55, x, 0, &l);
		return -r + (-l + x * 0x1.45f306dc9c883p-2 * (log(x) - 0x1.62e42fefa39efp-1 +
			0x1.2788cfc6fb619p-1 - 0.5));
	}
	if (isinf(x))
		return 0;
	dd_t r = __bessel01(1, 1, x);
	return r.hi + r.lo;
}
