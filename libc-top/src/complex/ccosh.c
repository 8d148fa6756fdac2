#include "complex_impl.h"

/* cosh x cos y + i sinh x sin y (large |x| as in csinh). */
double _Complex ccosh(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isnan(x))
		return y == 0 ? z : cpack(x, x);
	if (isinf(x)) {
		if (y == 0)
			return cpack(INFINITY, copysign(1, x) * y);
		if (!isfinite(y))
			return cpack(INFINITY, y - y);
		return cpack(INFINITY * cos(y), x * sin(y));
	}
	if (!isfinite(y))
		return cpack(y - y, x == 0 ? x : y - y);
	if (y == 0)
		return cpack(cosh(x), x * y);
	double s = sin(y), c = cos(y);
	if (fabs(x) > 709) {
		double h = exp(0.5 * fabs(x));
		return cpack(0.5 * h * c * h, copysign(1, x) * (0.5 * h * s * h));
	}
	return cpack(cosh(x) * c, sinh(x) * s);
}
