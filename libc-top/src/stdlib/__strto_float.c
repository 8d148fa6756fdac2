#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "scan_impl.h"
#include "strto_impl.h"

static int is_digit(unsigned char c, int hex)
{
	if (c - '0' < 10u)
		return 1;
	return hex && (c | 32) - 'a' < 6u;
}

/* The length of the case-insensitive word w at s, or 0. */
static size_t word(const char *s, const char *w)
{
	size_t i = 0;
	for (; w[i]; i++)
		if ((s[i] | 32) != w[i])
			return 0;
	return i;
}

/* Finds where the longest number at s ends, or returns s when there is
   none; the token between is what __decode_float reads. */
static const char *token_end(const char *s)
{
	const char *p = s;
	size_t n;

	if ((n = word(p, "infinity")) || (n = word(p, "inf")))
		return p + n;
	if (word(p, "nan")) {
		p += 3;
		if (*p == '(') {
			const char *q = p + 1;
			while (is_digit((unsigned char)*q, 0) || (unsigned)((*q | 32) - 'a') < 26u || *q == '_')
				q++;
			if (*q == ')')
				return q + 1;
		}
		return p;
	}
	int hex = p[0] == '0' && (p[1] | 32) == 'x'
		&& (is_digit((unsigned char)p[2], 1) || (p[2] == '.' && is_digit((unsigned char)p[3], 1)));
	if (hex)
		p += 2;
	const char *first = p;
	while (is_digit((unsigned char)*p, hex))
		p++;
	if (*p == '.')
		p++;
	while (is_digit((unsigned char)*p, hex))
		p++;
	if (p == first || (p == first + 1 && *first == '.'))
		return s;
	/* The exponent belongs to the number only when it has digits. */
	if ((*p | 32) == (hex ? 'p' : 'e')) {
		const char *e = p + 1;
		if (*e == '+' || *e == '-')
			e++;
		if (is_digit((unsigned char)*e, 0)) {
			while (is_digit((unsigned char)*e, 0))
				e++;
			p = e;
		}
	}
	return p;
}

/* Decimal input to float and double, fast where it can be exact.

   A value with at most 19 significant digits is w * 10^q, w < 2^64.
   When w and 10^|q| are both exact in the type (Clinger's fast path), one
   IEEE multiplication or division rounds w * 10^q correctly. Otherwise
   w * 5^q is formed to 128 bits from a table of 5^(28k), truncated at
   each of three steps, so the true product lies within 8 units of the
   last of those bits above the approximation; it rounds correctly unless
   the bits below the type's significand are within 8 units under the
   halfway point or at it. Such inputs, more digits, and results that are
   not normal numbers go to __decode_float's exact big-integer path. */

/* 5^(28k) for k = -13..11, as hi:lo * 2^e with the top bit of hi set,
   rounded down. */
static const struct {
	uint64_t hi, lo;
	short e;
} pow5_28[] = {
	{ 0xe1afa13afbd14d6du, 0x82189c09a3a1ec21u, -973 },  /* 5^-364 */
	{ 0xe3e27a444d8d98b7u, 0xfd1b1b2308169b25u, -908 },  /* 5^-336 */
	{ 0xe61acf033d1a45dfu, 0x6fb92487298e33bdu, -843 },  /* 5^-308 */
	{ 0xe858ad248f5c22c9u, 0xd1b3400f8f9cff68u, -778 },  /* 5^-280 */
	{ 0xea9c227723ee8bcbu, 0x465e15a979c1cadcu, -713 },  /* 5^-252 */
	{ 0xece53cec4a314ebdu, 0xa4f8bf5635246428u, -648 },  /* 5^-224 */
	{ 0xef340a98172aace4u, 0x86fb897116c87c34u, -583 },  /* 5^-196 */
	{ 0xf18899b1bc3f8ca1u, 0xdc44e6c3cb279ac1u, -518 },  /* 5^-168 */
	{ 0xf3e2f893dec3f126u, 0x5a89dba3c3efccfau, -453 },  /* 5^-140 */
	{ 0xf64335bcf065d37du, 0x4d4617b5ff4a16d5u, -388 },  /* 5^-112 */
	{ 0xf8a95fcf88747d94u, 0x75a44c6397ce912au, -323 },  /* 5^-84 */
	{ 0xfb158592be068d2eu, 0xeed6e2f0f0d56712u, -258 },  /* 5^-56 */
	{ 0xfd87b5f28300ca0du, 0x8bca9d6e188853fcu, -193 },  /* 5^-28 */
	{ 0x8000000000000000u, 0x0000000000000000u, -127 },  /* 5^0 */
	{ 0x813f3978f8940984u, 0x4000000000000000u, -62 },   /* 5^28 */
	{ 0x82818f1281ed449fu, 0xbff8f10e7a8921a4u, 3 },     /* 5^56 */
	{ 0x83c7088e1aab65dbu, 0x792667c6da79e0fau, 68 },    /* 5^84 */
	{ 0x850fadc09923329eu, 0x03e2cf6bc604ddb0u, 133 },   /* 5^112 */
	{ 0x865b86925b9bc5c2u, 0x0b8a2392ba45a9b2u, 198 },   /* 5^140 */
	{ 0x87aa9aff79042286u, 0x90fb44d2f05d0842u, 263 },   /* 5^168 */
	{ 0x88fcf317f22241e2u, 0x441fece3bdf81f03u, 328 },   /* 5^196 */
	{ 0x8a5296ffe33cc92fu, 0x82bd6b70d99aaa6fu, 393 },   /* 5^224 */
	{ 0x8bab8eefb6409c1au, 0x1ad089b6c2f7548eu, 458 },   /* 5^252 */
	{ 0x8d07e33455637eb2u, 0xdb0b487b6423e1e8u, 523 },   /* 5^280 */
	{ 0x8e679c2f5e44ff8fu, 0x570f09eaa7ea7648u, 588 },   /* 5^308 */
};

#define Q_MIN (-13 * 28)
#define Q_MAX (11 * 28 + 27)

/* 5^0 .. 5^27, all below 2^63 */
static const uint64_t pow5_small[28] = {
	1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u,
	9765625u, 48828125u, 244140625u, 1220703125u, 6103515625u,
	30517578125u, 152587890625u, 762939453125u, 3814697265625u,
	19073486328125u, 95367431640625u, 476837158203125u,
	2384185791015625u, 11920928955078125u, 59604644775390625u,
	298023223876953125u, 1490116119384765625u, 7450580596923828125u,
};

/* 10^0 .. 10^22, exact in a double */
static const double pow10_exact[23] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* a * b = *hi * 2^64 + the result */
static uint64_t mul64(uint64_t a, uint64_t b, uint64_t *hi)
{
	uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
	uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
	*hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
	return (mid << 32) | (uint32_t)ll;
}

/* Stores w * 10^q rounded to the type, or returns 0 when the bounds on the
   approximation cannot decide, or the result is not a normal number. */
static int approx(uint64_t w, long q, int neg, int type, void *dest)
{
	if (q < Q_MIN || q > Q_MAX)
		return 0;
	long k = q >= 0 ? q / 28 : -((-q + 27) / 28);
	int r = (int)(q - 28 * k);
	uint64_t ph = pow5_28[k + 13].hi, pl = pow5_28[k + 13].lo;
	long e = pow5_28[k + 13].e;

	/* 5^q ~ ph:pl * 2^e */
	if (r) {
		uint64_t m = pow5_small[r], t1, t3;
		uint64_t t0 = mul64(pl, m, &t1), t2 = mul64(ph, m, &t3);
		uint64_t p1 = t1 + t2, p2 = t3 + (p1 < t1);
		int lz = __builtin_clzll(p2);  /* p2 != 0: the product is >= 2^129 */
		ph = p2 << lz | (lz ? p1 >> (64 - lz) : 0);
		pl = p1 << lz | (lz ? t0 >> (64 - lz) : 0);
		e += 64 - lz;
	}

	/* w * 5^q ~ ah:al * 2^e */
	int lzw = __builtin_clzll(w);
	uint64_t W = w << lzw, u1, u3;
	uint64_t u0 = mul64(pl, W, &u1), u2 = mul64(ph, W, &u3);
	uint64_t a1 = u1 + u2, a2 = u3 + (a1 < u1), ah, al;
	if (a2 >> 63) {
		ah = a2;
		al = a1;
		e += 64;
	} else {
		ah = a2 << 1 | a1 >> 63;
		al = a1 << 1 | u0 >> 63;
		e += 63;
	}
	e += q - lzw;  /* w * 10^q ~ ah:al * 2^e */

	int p = type == SF_FLOAT ? 24 : 53;
	int drop = 64 - p;  /* bits of ah below the significand */
	uint64_t sig = ah >> drop, low = ah & (((uint64_t)1 << drop) - 1);
	uint64_t half = (uint64_t)1 << (drop - 1);
	if ((low == half && !al) || (low == half - 1 && al >= (uint64_t)-8))
		return 0;
	if (low >= half && ++sig >> p) {
		sig >>= 1;
		e++;
	}
	/* sig * 2^(e + 128 - p), sig in [2^(p-1), 2^p) */
	long biased = e + 127 + (type == SF_FLOAT ? 127 : 1023);
	if (biased < 1 || biased > (type == SF_FLOAT ? 254 : 2046))
		return 0;
	if (type == SF_FLOAT) {
		uint32_t b = (uint32_t)neg << 31 | (uint32_t)biased << 23 | ((uint32_t)sig & 0x7fffff);
		memcpy(dest, &b, sizeof b);
	} else {
		uint64_t b = (uint64_t)neg << 63 | (uint64_t)biased << 52 | (sig & 0xfffffffffffffu);
		memcpy(dest, &b, sizeof b);
	}
	return 1;
}

/* The decimal token [p, end) after its sign. Returns 0 or ERANGE as
   __decode_float does, or -1, having stored nothing, when __decode_float
   must do it. */
static int fast_decimal(const char *p, const char *end, int neg, int type, void *dest)
{
	uint64_t w = 0;
	int nd = 0, point = 0;
	long q = 0;

	for (; p < end; p++) {
		if (*p == '.') {
			point = 1;
			continue;
		}
		unsigned d = (unsigned char)*p - '0';
		if (d > 9)
			break;
		if (nd < 19) {
			if (w || d) {
				w = w * 10 + d;
				nd++;
			}
			q -= point;
		} else if (d) {
			return -1;  /* more digits than w holds */
		} else {
			q += !point;
		}
	}
	if (p < end) {
		/* the exponent, saturated far beyond any range */
		int eneg = 0;
		long x = 0;
		if (*++p == '+' || *p == '-')
			eneg = *p++ == '-';
		for (; p < end; p++)
			if (x < 100000)
				x = x * 10 + (*p - '0');
		q += eneg ? -x : x;
	}

	if (!w) {
		if (type == SF_FLOAT)
			*(float *)dest = neg ? -0.0f : 0.0f;
		else
			*(double *)dest = neg ? -0.0 : 0.0;
		return 0;
	}
	if (type == SF_FLOAT) {
		if (w <= 1u << 24 && q >= -10 && q <= 10) {
			float v = (float)w, t = (float)pow10_exact[q < 0 ? -q : q];
			v = q < 0 ? v / t : v * t;
			*(float *)dest = neg ? -v : v;
			return 0;
		}
	} else if (w <= (uint64_t)1 << 53 && q >= -22 && q <= 22) {
		double v = (double)w, t = pow10_exact[q < 0 ? -q : q];
		v = q < 0 ? v / t : v * t;
		*(double *)dest = neg ? -v : v;
		return 0;
	}
	/* w * 10^q is in [10^(nd-1+q), 10^(nd+q)): beyond the largest
	   finite value (below 2^128 for float, 2^1024 for double), or below
	   half the smallest subnormal (2^-150 > 10^-46, 2^-1075 > 10^-325). */
	long top = nd + q;
	if (top - 1 >= (type == SF_FLOAT ? 39 : 309)) {
		if (type == SF_FLOAT)
			*(float *)dest = neg ? -__builtin_inff() : __builtin_inff();
		else
			*(double *)dest = neg ? -__builtin_inf() : __builtin_inf();
		return ERANGE;
	}
	if (top <= (type == SF_FLOAT ? -46 : -325)) {
		if (type == SF_FLOAT)
			*(float *)dest = neg ? -0.0f : 0.0f;
		else
			*(double *)dest = neg ? -0.0 : 0.0;
		return ERANGE;
	}
	return approx(w, q, neg, type, dest) ? 0 : -1;
}

void __strto_float(const char *s, char **end, int type, void *dest)
{
	const char *p = s;

	while (*p == ' ' || (unsigned)(*p - '\t') < 5u)
		p++;
	const char *sign = p;
	if (*p == '+' || *p == '-')
		p++;
	const char *stop = token_end(p);
	if (stop == p) {
		if (end)
			*end = (char *)s;
		__decode_float("0", 1, type, dest);
		return;
	}
	if (end)
		*end = (char *)stop;
	int err = -1;
	if (type != SF_LDOUBLE && ((unsigned)(*p - '0') < 10u || *p == '.')
	    && !(p[0] == '0' && (p[1] | 32) == 'x' && p + 1 < stop))
		err = fast_decimal(p, stop, *sign == '-', type, dest);
	if (err < 0)
		err = __decode_float(sign, (size_t)(stop - sign), type, dest);
	if (err == ENOMEM)
		__decode_float("0", 1, type, dest);
	if (err)
		errno = err;
}
