#include "libm.h"

/* Computed in double, rounded once more. */
float jnf(int n, float x)
{
	return narrowf(jn(n, x));
}
