#include "libm.h"

/* The special cases are those of C17 F.10.1.4. */
double atan2(double y, double x)
{
	const double pi = 0x1.921fb54442d18p+1, pi_lo = 0x1.1a62633145c07p-53;
	const double pio2 = 0x1.921fb54442d18p+0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (y == 0)
		return __builtin_signbit(x) ? __builtin_copysign(pi, y) : y;
	if (x == 0)
		return __builtin_copysign(pio2, y);
	if (__builtin_isinf(y)) {
		if (__builtin_isinf(x))
			return __builtin_copysign(x > 0 ? 0.5 * pio2 : 1.5 * pio2, y);
		return __builtin_copysign(pio2, y);
	}
	if (__builtin_isinf(x))
		return __builtin_copysign(x > 0 ? 0.0 : pi, y);
	if (ay > 0x1p60 * ax)
		return __builtin_copysign(pio2, y);
	if (ay < 0x1p-60 * ax) {
		if (x < 0)
			return __builtin_copysign(pi, y);
		return math_check(y / x);
	}
	int e = ilogb(ax > ay ? ax : ay);
	ax = scalbn(ax, -e);
	ay = scalbn(ay, -e);
	double lo, hi = __atan_dd(ay, 0, ax, 0, &lo);
	if (x < 0) {
		double sl, s = add_exact(pi, -hi, &sl);
		hi = fast_add(s, sl + (pi_lo - lo), &lo);
	}
	return __builtin_copysign(hi + lo, y);
}
