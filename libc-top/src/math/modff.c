#include <math.h>

float modff(float x, float *ip)
{
	float t = __builtin_truncf(x);
	*ip = t;
	if (__builtin_isinf(x))
		return __builtin_copysignf(0.0f, x);
	return __builtin_copysignf(x - t, x);
}
