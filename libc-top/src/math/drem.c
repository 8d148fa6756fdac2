#include <math.h>

/* The old name of remainder. */
double drem(double x, double y)
{
	return remainder(x, y);
}
