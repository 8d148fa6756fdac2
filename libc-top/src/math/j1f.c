#include "libm.h"

/* Computed in double, rounded once more. */
float j1f(float x)
{
	return narrowf(j1(x));
}
