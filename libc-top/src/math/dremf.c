#include <math.h>

/* The old name of remainder. */
float dremf(float x, float y)
{
	return remainderf(x, y);
}
