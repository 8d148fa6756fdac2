#include "libm.h"

/* In double the squares are exact and cannot overflow: two roundings of
   2^-53 before the last one to float. */
float hypotf(float x, float y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inff();
	float r = (float)__builtin_sqrt((double)x * x + (double)y * y);
	if (__builtin_isinf(r))
		math_errno(ERANGE);
	return r;
}
