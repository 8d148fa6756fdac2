#include "libm.h"

/* Computed in double, rounded once more. */
float j0f(float x)
{
	return narrowf(j0(x));
}
