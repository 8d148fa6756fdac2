#include <math.h>

/* wasm's only rounding direction is to nearest, ties to even. */
float rintf(float x)
{
	return __builtin_rintf(x);
}
