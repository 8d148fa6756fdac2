#include "complex_impl.h"

/* With t = sqrt((|x| + |z|) / 2), the root is t + iy/(2t) for x >= 0 and
   |y|/(2t) + i copysign(t, y) for x < 0: the sum under the root never
   cancels. Arguments near the overflow threshold are divided by 4 (and the
   root multiplied by 2), tiny ones multiplied by 2^600 so that y/(2t)
   keeps its precision. */
double _Complex csqrt(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isinf(y))
		return cpack(INFINITY, y);
	if (isnan(x))
		return cpack(x, x + y);
	if (isinf(x)) {
		if (x > 0)
			return cpack(x, isnan(y) ? y : copysign(0, y));
		return cpack(isnan(y) ? y : 0, copysign(INFINITY, y));
	}
	if (isnan(y))
		return cpack(y, y);
	if (x == 0 && y == 0)
		return cpack(0, y);
	double ax = fabs(x), ay = fabs(y), scale = 1;
	if (ax > 0x1p1020 || ay > 0x1p1020) {
		ax *= 0.25;
		ay *= 0.25;
		scale = 2;
	} else if (ax < 0x1p-1000 && ay < 0x1p-1000) {
		ax *= 0x1p600;
		ay *= 0x1p600;
		scale = 0x1p-300;
	}
	double t = sqrt(0.5 * (ax + hypot(ax, ay)));
	double u = ay / (2 * t);
	if (x >= 0)
		return cpack(scale * t, copysign(scale * u, y));
	return cpack(scale * u, copysign(scale * t, y));
}
