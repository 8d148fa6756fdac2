#include <math.h>

long double floorl(long double x)
{
	long double t = truncl(x);
	return t > x ? t - 1 : t;
}
