#include "complex_impl.h"

/* asinh z = -i asin(iz), computed on |x| and |y| and signed after: casinh
   is odd and commutes with conj. */
double _Complex casinh(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isinf(x) || isinf(y)) {
		if (isnan(x))
			return cpack(INFINITY, x);
		if (isnan(y))
			return z;
		return cpack(copysign(INFINITY, x), atan2(y, fabs(x)));
	}
	if (isnan(x))
		return y == 0 ? z : cpack(x, x);
	if (isnan(y))
		return cpack(y, y);
	double _Complex w = __casin_pos(fabs(y), fabs(x), 0);
	return cpack(copysign(__imag__ w, x), copysign(__real__ w, y));
}
