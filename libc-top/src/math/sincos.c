#include "libm_kernels.h"

void sincos(double x, double *sp, double *cp)
{
	if (!__builtin_isfinite(x)) {
		*sp = *cp = __builtin_isnan(x) ? x : math_edom();
		return;
	}
	if (__builtin_fabs(x) < 0x1p-27) {
		*sp = x;
		*cp = 1;
		return;
	}
	double r, rl, sl, cl;
	int k = rem_pio2(x, &r, &rl);
	double s = sin_dd(r, rl, &sl), c = cos_dd(r, rl, &cl);
	s += sl;
	c += cl;
	switch (k & 3) {
	case 0:
		*sp = s;
		*cp = c;
		break;
	case 1:
		*sp = c;
		*cp = -s;
		break;
	case 2:
		*sp = -s;
		*cp = -c;
		break;
	default:
		*sp = -c;
		*cp = s;
		break;
	}
}
