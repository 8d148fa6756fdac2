#include "libm.h"

float sqrtf(float x)
{
	if (x < 0)
		return math_edomf();
	return __builtin_sqrtf(x);
}
