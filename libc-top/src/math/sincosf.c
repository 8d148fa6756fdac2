#include "libm.h"

void sincosf(float x, float *sp, float *cp)
{
	double s, c;
	sincos(x, &s, &c);
	*sp = (float)s;
	*cp = (float)c;
}
