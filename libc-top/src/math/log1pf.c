#include "libm.h"

/* The double result is within 0.6 ulp of double, so rounding it to float
   is within 0.5 + 2^-28 ulp of float. */
float log1pf(float x)
{
	return narrowf(log1p(x));
}
