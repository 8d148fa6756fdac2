#include "complex_impl.h"

/* sinh x cos y + i cosh x sin y; for |x| past 709, where sinh and cosh
   overflow, both are exp(|x|)/2, applied as two halves (see cexp). */
double _Complex csinh(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isnan(x))
		return y == 0 ? z : cpack(x, x);
	if (isinf(x)) {
		if (y == 0)
			return z;
		if (!isfinite(y))
			return cpack(x, y - y);
		return cpack(x * cos(y), INFINITY * sin(y));
	}
	if (!isfinite(y))
		return cpack(x == 0 ? x : y - y, y - y);
	if (y == 0)
		return cpack(sinh(x), y);
	double s = sin(y), c = cos(y);
	if (fabs(x) > 709) {
		double h = exp(0.5 * fabs(x));
		return cpack(copysign(1, x) * (0.5 * h * c * h), 0.5 * h * s * h);
	}
	return cpack(sinh(x) * c, cosh(x) * s);
}
