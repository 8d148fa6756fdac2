#include "libm.h"

/* x^2 + y^2 as a double-double, its square root, and one Newton correction
   from the exact residual. Operands are scaled by 2^700 or 2^-700 to keep
   the squares normal. */
double hypot(double x, double y)
{
	x = __builtin_fabs(x);
	y = __builtin_fabs(y);
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inf();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x < y) {
		double t = x;
		x = y;
		y = t;
	}
	if (y == 0 || x > 0x1p60 * y)
		return x + y;
	double scale = 1;
	if (x > 0x1p500) {
		x *= 0x1p-700;
		y *= 0x1p-700;
		scale = 0x1p700;
	} else if (y < 0x1p-500) {
		x *= 0x1p700;
		y *= 0x1p700;
		scale = 0x1p-700;
	}
	double xl, yl, sl, hl;
	double xh = mul_exact(x, x, &xl), yh = mul_exact(y, y, &yl);
	double s = add_exact(xh, yh, &sl);
	sl += xl + yl;
	double h = __builtin_sqrt(s);
	double hh = mul_exact(h, h, &hl);
	double r = (h + ((s - hh) - hl + sl) / (2 * h)) * scale;
	if (__builtin_isinf(r))
		math_errno(ERANGE);
	return r;
}
