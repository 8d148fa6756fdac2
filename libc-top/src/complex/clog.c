#include "complex_impl.h"

/* log|z| + i arg z; atan2 gives every special argument C17 G.6.3.2 asks
   for, including the side of the branch cut from the sign of a zero. */
double _Complex clog(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	double im = atan2(y, x);
	if (isinf(x) || isinf(y))
		return cpack(INFINITY, im);
	if (isnan(x) || isnan(y))
		return cpack(x + y, im);
	if (x == 0 && y == 0)
		return cpack(-INFINITY, im);
	double lo;
	return cpack(__clog_abs(x, y, &lo), im);
}
