#include "libm.h"

typedef unsigned __int128 u128;

static int top_bit(u128 v)
{
	uint64_t hi = (uint64_t)(v >> 64);
	return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)v);
}

/* Exact in integers: the 106-bit product and the addend, each shifted up to
   bit 125, are aligned with the bits shifted out of the smaller folded into
   a sticky bit, added or subtracted, and rounded once. Where the sticky bit
   is set the operands are at least 20 places apart, so it sits far below
   the rounding position and only breaks ties, as the lost bits would. */
double fma(double x, double y, double z)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	/* A finite product cannot change an infinite or NaN z, though its
	   rounded form could overflow and make inf - inf. */
	if (!__builtin_isfinite(z))
		return z;
	if (z == 0)
		return math_check(x * y);
	int ex, ey, ez;
	uint64_t mx = mant_exp(x, &ex), my = mant_exp(y, &ey);
	u128 p = (u128)mx * my, c = mant_exp(z, &ez);
	/* p * 2^ep and c * 2^ec are the magnitudes. */
	int ep = ex + ey - 2150, ec = ez - 1075;
	int s = 125 - top_bit(p);
	p <<= s;
	ep -= s;
	s = 125 - top_bit(c);
	c <<= s;
	ec -= s;
	int neg_p = __builtin_signbit(x) != __builtin_signbit(y);
	int neg_c = __builtin_signbit(z) != 0;
	if (ep < ec || (ep == ec && p < c)) {
		u128 t = p;
		p = c;
		c = t;
		int e = ep;
		ep = ec;
		ec = e;
		e = neg_p;
		neg_p = neg_c;
		neg_c = e;
	}
	int d = ep - ec;
	if (d >= 127)
		c = 1;
	else if (d > 0)
		c = c >> d | ((c & (((u128)1 << d) - 1)) != 0);
	u128 m = neg_p == neg_c ? p + c : p - c;
	if (m == 0)
		return 0.0;
	int top = top_bit(m);
	int shift = top + ep < -1022 ? -1074 - ep : top - 52;
	uint64_t q;
	if (shift <= 0) {
		q = (uint64_t)(m << -shift);
	} else if (shift > top + 1) {
		q = 0;
	} else {
		u128 rest = m & (((u128)1 << shift) - 1), half = (u128)1 << (shift - 1);
		q = (uint64_t)(m >> shift);
		if (rest > half || (rest == half && (q & 1)))
			q++;
	}
	double r = scalbn((double)q, ep + shift);
	return math_check(neg_p ? -r : r);
}
