#include "libm.h"

/* Steps the representation: adjacent doubles have adjacent bit patterns
   within each sign. Overflow and a subnormal or zero result set ERANGE. */
double nextafter(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	double r;
	if (x == 0) {
		r = __builtin_copysign(0x1p-1074, y);
	} else {
		uint64_t i = asuint64(x);
		i += (x < y) == (x > 0) ? 1 : -1;
		r = asdouble(i);
	}
	if (__builtin_isinf(r) || !__builtin_isnormal(r))
		math_errno(ERANGE);
	return r;
}
