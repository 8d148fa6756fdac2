#include "libm.h"

float fdimf(float x, float y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x <= y)
		return 0;
	return math_checkf(x - y);
}
