#include "libm.h"

/* As fmodl, keeping the low bits of the quotient, then one step that rounds
   the quotient to nearest, ties to even. */
long double remquol(long double x, long double y, int *quo)
{
	*quo = 0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0) {
		math_errno(EDOM);
		return __builtin_nanl("");
	}
	long double ax = __builtin_fabsl(x), ay = __builtin_fabsl(y), r = ax;
	unsigned q = 0;
	if (ax >= ay) {
		int ex = ld_exp(x), ey = ld_exp(y);
		u128 mx = asu128(x) & LD_MANT, my = asu128(y) & LD_MANT;
		if (ex)
			mx |= (u128)1 << 112;
		else
			ex = 1;
		if (ey)
			my |= (u128)1 << 112;
		else
			ey = 1;
		for (; ex > ey; ex--) {
			if (mx >= my) {
				mx -= my;
				q++;
			}
			mx <<= 1;
			q <<= 1;
		}
		if (mx >= my) {
			mx -= my;
			q++;
		}
		while (mx && mx < (u128)1 << 112 && ey > 1) {
			mx <<= 1;
			ey--;
		}
		r = asldouble(mx < (u128)1 << 112 ? mx : (u128)ey << 112 | (mx & LD_MANT));
	}
	int up = ay < 0x1p-16381L ? r + r > ay || (r + r == ay && (q & 1))
				  : r > 0.5L * ay || (r == 0.5L * ay && (q & 1));
	if (up) {
		r -= ay;
		q++;
	}
	int qi = (int)(q & 0x7fffffff);
	*quo = __builtin_signbit(x) != __builtin_signbit(y) ? -qi : qi;
	return __builtin_signbit(x) ? -r : r;
}
