#include "libm.h"

/* Computed in double, rounded once more. */
float y1f(float x)
{
	return narrowf(y1(x));
}
