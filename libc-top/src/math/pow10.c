#include "libm.h"

/* The old name of exp10. */
double pow10(double x)
{
	return exp10(x);
}
