#include <limits.h>
#include "libm.h"

int ilogbl(long double x)
{
	if (__builtin_isnan(x) || __builtin_isinf(x) || x == 0) {
		math_errno(EDOM);
		return __builtin_isinf(x) ? INT_MAX : x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	int e;
	frexpl(x, &e);
	return e - 1;
}
