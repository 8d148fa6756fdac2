#include "complex_impl.h"

/* acosh z = +-i acos z, the sign that makes the real part nonnegative. */
double _Complex cacosh(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isnan(x) || isnan(y)) {
		if (isinf(x) || isinf(y))
			return cpack(INFINITY, x + y);
		return cpack(x + y, x + y);
	}
	double _Complex w = cacos(z);
	return cpack(fabs(__imag__ w), copysign(__real__ w, y));
}
