#include "complex_impl.h"

/* acos(-z) = pi - acos z: the real part for x < 0 is pi minus that for |x|,
   pi being taken as a double-double. */
double _Complex cacos(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isinf(x) || isinf(y)) {
		if (isnan(x))
			return cpack(x, -y);
		if (isnan(y))
			return cpack(y, x);
		return cpack(atan2(fabs(y), x), -copysign(INFINITY, y));
	}
	if (isnan(x))
		return cpack(x, x);
	if (isnan(y))
		return cpack(x == 0 ? 0x1.921fb54442d18p+0 : y, y);
	double _Complex w = __casin_pos(fabs(x), fabs(y), 1);
	double re = __real__ w;
	if (x < 0)
		re = (0x1.921fb54442d18p+1 - re) + 0x1.1a62633145c07p-52;
	return cpack(re, -copysign(__imag__ w, y));
}
