#include "libm.h"

/* Computed in double, rounded once more. */
float y0f(float x)
{
	return narrowf(y0(x));
}
