#include "libm.h"

/* Computed in double: double's precision and range (docs/math.md). */
void sincosl(long double x, long double *sp, long double *cp)
{
	double s, c;
	sincos((double)x, &s, &c);
	*sp = s;
	*cp = c;
}
