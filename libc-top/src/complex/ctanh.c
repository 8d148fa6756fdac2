#include "complex_impl.h"

/* With t = tan y, s = sinh x and b = 1 + t^2,
   tanh(x + iy) = (b s sqrt(1 + s^2) + i t) / (1 + b s^2),
   which has no cancellation and no overflow for |x| <= 22. Past 22,
   tanh x is +-1 in double and the imaginary part is
   sin 2y / (cosh 2x + cos 2y) = 4 sin y cos y exp(-2|x|) to double
   precision. */
double _Complex ctanh(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isnan(x))
		return y == 0 ? z : cpack(x, x);
	if (isinf(x))
		return cpack(copysign(1, x), isfinite(y) ? copysign(0, sin(2 * y)) : copysign(0, y));
	if (!isfinite(y))
		return cpack(y - y, y - y);
	if (y == 0)
		return cpack(tanh(x), y);
	if (fabs(x) > 22) {
		double s = sin(y), c = cos(y);
		double e = exp(-2 * fabs(x));
		return cpack(copysign(1, x), 4 * s * c * e);
	}
	double t = tan(y), b = 1 + t * t;
	double s = sinh(x), d = 1 + b * s * s;
	return cpack(b * s * sqrt(1 + s * s) / d, t / d);
}
