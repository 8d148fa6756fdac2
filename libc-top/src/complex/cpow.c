#include "complex_impl.h"

/* exp(w log z), which C17 G.6.4.1 allows. The product is written out:
   C's complex multiplication would call the runtime's Annex G product for
   a gain only in cases that the two special cases below settle. The error
   grows with |w log z| (docs/math.md). */
double _Complex cpow(double _Complex z, double _Complex w)
{
	double c = __real__ w, d = __imag__ w;
	if (c == 0 && d == 0)
		return cpack(1, 0);
	if (__real__ z == 0 && __imag__ z == 0 && d == 0 && c > 0)
		return cpack(0, 0);
	double _Complex l = clog(z);
	double a = __real__ l, b = __imag__ l;
	return cexp(cpack(c * a - d * b, c * b + d * a));
}
