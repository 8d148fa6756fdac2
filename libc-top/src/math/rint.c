#include <math.h>

/* wasm's only rounding direction is to nearest, ties to even. */
double rint(double x)
{
	return __builtin_rint(x);
}
