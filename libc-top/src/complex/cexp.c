#include "complex_impl.h"

/* exp(x) (cos y + i sin y). Past x = 709, exp(x) overflows although the
   product with a small cosine or sine may not: exp(x/2) is applied twice. */
double _Complex cexp(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (y == 0)
		return cpack(exp(x), y);
	if (!isfinite(y)) {
		if (x == INFINITY)
			return cpack(x, y - y);
		if (x == -INFINITY)
			return cpack(0, 0);
		return cpack(y - y, y - y);
	}
	double s = sin(y), c = cos(y);
	if (x > 709) {
		double h = exp(0.5 * x);
		return cpack(h * c * h, h * s * h);
	}
	double e = exp(x);
	return cpack(e * c, e * s);
}
