#include <math.h>

/* x - trunc(x) is exact, so the tie test is too. */
float roundf(float x)
{
	float t = __builtin_truncf(x);
	if (__builtin_fabsf(x - t) >= 0.5f)
		t += __builtin_copysignf(1, x);
	return t;
}
