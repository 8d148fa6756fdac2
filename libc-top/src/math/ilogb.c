#include <limits.h>
#include "libm.h"

/* Zero, infinity and NaN are domain errors (Annex F: invalid). */
int ilogb(double x)
{
	uint64_t i = asuint64(x);
	int ex = i >> 52 & 0x7ff;
	if (ex == 0x7ff) {
		math_errno(EDOM);
		return __builtin_isnan(x) ? FP_ILOGBNAN : INT_MAX;
	}
	if (x == 0) {
		math_errno(EDOM);
		return FP_ILOGB0;
	}
	if (ex == 0) {
		i = asuint64(x * 0x1p64);
		ex = (int)(i >> 52 & 0x7ff) - 64;
	}
	return ex - 0x3ff;
}
