#include "libm.h"

/* Computed in double, rounded once more. */
float ynf(int n, float x)
{
	return narrowf(yn(n, x));
}
