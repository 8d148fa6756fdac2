#include "libm.h"

/* As scalbn: exact steps, and below 2^-16382 steps that stop at 2^-16269
   so that only the last product rounds. */
long double scalbnl(long double x, int n)
{
	long double r = x;
	if (n > 16383) {
		r *= 0x1p16383L;
		n -= 16383;
		if (n > 16383) {
			r *= 0x1p16383L;
			n -= 16383;
			if (n > 16383)
				n = 16383;
		}
	} else if (n < -16382) {
		r *= 0x1p-16269L;
		n += 16269;
		if (n < -16382) {
			r *= 0x1p-16269L;
			n += 16269;
			if (n < -16382)
				n = -16382;
		}
	}
	r *= asldouble((u128)(16383 + n) << 112);
	if (__builtin_isfinite(x) && x != 0 && (__builtin_isinf(r) || r == 0))
		math_errno(ERANGE);
	return r;
}
