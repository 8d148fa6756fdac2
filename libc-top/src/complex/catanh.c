#include "complex_impl.h"

/* atanh z = log((1 + z)/(1 - z)) / 2, on |x| and |y| and signed after
   (catanh is odd and commutes with conj):
   real part log1p(4|x| / ((1 - |x|)^2 + y^2)) / 4,
   imaginary part atan2(2|y|, (1 - |x|)(1 + |x|) - y^2) / 2. */
double _Complex catanh(double _Complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (isinf(x) || isinf(y))
		return cpack(copysign(0, x), isnan(y) ? y : copysign(0x1.921fb54442d18p+0, y));
	if (isnan(x))
		return cpack(x, x);
	if (isnan(y))
		return x == 0 ? z : cpack(y, y);
	double ax = fabs(x), ay = fabs(y), re, im;
	if (ax > 0x1p500 || ay > 0x1p500) {
		/* 1/z to double precision: real part |x| / |z|^2. */
		if (ax >= ay)
			re = 1 / (ax + (ay / ax) * ay);
		else
			re = (ax / ay) / (ay + (ax / ay) * ax);
		im = 0x1.921fb54442d18p+0;
	} else {
		double d = 1 - ax, s = d * d + ay * ay;
		if (d == 0 && ay == 0) {
			re = INFINITY;
		} else if (s < 0x1p-1000) {
			/* z within 2^-500 of 1: log1p(4|x|/s) = log 4 - log s. */
			double lo;
			re = 0.5 * (0x1.62e42fefa39efp-1 - __clog_abs(d, ay, &lo));
		} else {
			re = 0.25 * log1p(4 * ax / s);
		}
		im = 0.5 * atan2(2 * ay, d * (1 + ax) - ay * ay);
	}
	return cpack(copysign(re, x), copysign(im, y));
}
