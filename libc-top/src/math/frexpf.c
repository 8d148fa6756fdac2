#include <math.h>

/* Exact through double. */
float frexpf(float x, int *e)
{
	return (float)frexp(x, e);
}
