#include "libm_kernels.h"

/* sin(pi x), exact at the integers: |x| is reduced modulo 2 exactly, then
   folded to [0, 1/4] of a half period before multiplying by pi. */
hidden double __sinpi(double x)
{
	double a = __builtin_fabs(x);
	double r = a - 2 * __builtin_floor(a * 0.5);
	double sign = x < 0 ? -1 : 1;
	if (r >= 1) {
		r -= 1;
		sign = -sign;
	}
	if (r > 0.5)
		r = 1 - r;
	double lo, hi;
	double pl, p;
	if (r > 0.25) {
		p = mul_exact(0.5 - r, 0x1.921fb54442d18p+1, &pl);
		pl += (0.5 - r) * 0x1.1a62633145c07p-53;
		hi = cos_dd(p, pl, &lo);
	} else {
		p = mul_exact(r, 0x1.921fb54442d18p+1, &pl);
		pl += r * 0x1.1a62633145c07p-53;
		hi = sin_dd(p, pl, &lo);
	}
	return sign * (hi + lo);
}
