#include <math.h>

/* Not fused: the product and the sum each round. */
long double fmal(long double x, long double y, long double z)
{
	return x * y + z;
}
