#include "libm.h"

/* Scales in at most three exact steps and one that rounds: below 2^-1022
   the steps stop at 2^-969 so that only the last product rounds. */
double scalbn(double x, int n)
{
	double r = x;
	if (n > 1023) {
		r *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			r *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		r *= 0x1p-969;
		n += 969;
		if (n < -1022) {
			r *= 0x1p-969;
			n += 969;
			if (n < -1022)
				n = -1022;
		}
	}
	r *= asdouble((uint64_t)(0x3ff + n) << 52);
	if (__builtin_isfinite(x) && x != 0)
		return math_check(r);
	return r;
}
