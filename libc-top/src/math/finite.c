#include <math.h>

int finite(double x)
{
	return __builtin_isfinite(x);
}
