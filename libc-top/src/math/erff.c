#include "libm.h"

/* The double result rounded to float. */
float erff(float x)
{
	return narrowf(erf(x));
}
