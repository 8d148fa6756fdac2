#include "libm.h"

float nextafterf(float x, float y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	float r;
	if (x == 0) {
		r = __builtin_copysignf(0x1p-149f, y);
	} else {
		uint32_t i = asuint(x);
		i += (x < y) == (x > 0) ? 1 : -1;
		r = asfloat(i);
	}
	if (__builtin_isinf(r) || !__builtin_isnormal(r))
		math_errno(ERANGE);
	return r;
}
