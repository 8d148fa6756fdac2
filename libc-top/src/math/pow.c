#include "libm_kernels.h"

/* Whether y, finite, is an integer, and an odd one. */
static int is_int(double y)
{
	return __builtin_trunc(y) == y;
}

static int is_odd(double y)
{
	return is_int(y) && __builtin_fabs(y) < 0x1p53 && ((int64_t)y & 1);
}

/* sign e^(y log ax) for finite ax > 0 and |y| <= 2^64, with the logarithm
   and the product as double-doubles, so that the error of y log ax stays
   below 2^-62 of the result. */
static inline __attribute__((__always_inline__)) double core(double ax, double y, double sign)
{
	double ll, lh = log_dd(ax, 0, &ll);
	double pl, p = mul_exact(y, lh, &pl);
	pl += y * ll;
	if (p > 709.8)
		return math_erange(sign * __builtin_inf());
	if (p < -745.2)
		return math_erange(sign * 0);
	double lo, hi = exp_dd(p, pl, &lo);
	return math_check(sign * (hi + lo));
}

/* The special cases are those of C17 F.10.4.4. */
double pow(double x, double y)
{
	/* The common case first: x positive and normal, y of sensible size. */
	if (asuint64(x) - 0x0010000000000000 < 0x7fe0000000000000 &&
	    __builtin_fabs(y) <= 0x1p64)
		return core(x, y, 1);
	if (y == 0 || x == 1)
		return 1;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x);
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1;
		return (ax < 1) == (y < 0) ? __builtin_inf() : 0;
	}
	int odd = is_odd(y);
	if (x == 0) {
		if (y < 0)
			return math_erange(odd ? 1 / x : __builtin_inf());
		return odd ? x : 0;
	}
	if (__builtin_isinf(x)) {
		double r = y < 0 ? 0 : __builtin_inf();
		return x < 0 && odd ? -r : r;
	}
	double sign = 1;
	if (x < 0) {
		if (!is_int(y))
			return math_edom();
		if (odd)
			sign = -1;
	}
	if (__builtin_fabs(y) > 0x1p64)
		return math_erange(sign * ((ax < 1) == (y < 0) ? __builtin_inf() : 0));
	return core(ax, y, sign);
}
