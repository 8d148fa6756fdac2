#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "scan_impl.h"

/* Correctly rounded decimal and hexadecimal input. The token becomes an
   exact big integer X and a binary exponent, |value| = X * 2^e2 plus a
   sticky flag for what lies below X; rounding then looks only at bits.
   A decimal D * 10^E is D * 5^E * 2^E when E >= 0; otherwise the quotient
   D * 2^s / 5^k is taken with enough bits, its remainder becoming sticky. */

struct big {
	uint32_t *w;   /* least significant first */
	int n;
};

static void mul_add(struct big *b, uint32_t m, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->w[i] * m + carry;
		b->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		b->w[b->n++] = (uint32_t)carry;
}

static void mul_pow5(struct big *b, long k)
{
	for (; k > 0; k -= 13) {
		uint32_t p = 1;
		for (int i = 0; i < (k < 13 ? k : 13); i++)
			p *= 5;
		mul_add(b, p, 0);
	}
}

static long bitlen(const struct big *b)
{
	int n = b->n;
	while (n && !b->w[n - 1])
		n--;
	if (!n)
		return 0;
	return 32L * (n - 1) + (32 - __builtin_clz(b->w[n - 1]));
}

static int bit(const struct big *b, long i)
{
	if (i < 0 || i >= 32L * b->n)
		return 0;
	return (int)(b->w[i / 32] >> (i % 32)) & 1;
}

static int any_below(const struct big *b, long i)
{
	for (long j = 0; j < i / 32 && j < b->n; j++)
		if (b->w[j])
			return 1;
	if (i / 32 < b->n && (b->w[i / 32] & ((1u << (i % 32)) - 1)))
		return 1;
	return 0;
}

static void shift_left(struct big *b, long s)
{
	int words = (int)(s / 32), bits = (int)(s % 32);
	b->w[b->n] = 0;
	if (bits) {
		for (int i = b->n; i > 0; i--)
			b->w[i] = (b->w[i] << bits) | (b->w[i - 1] >> (32 - bits));
		b->w[0] <<= bits;
		b->n++;
	}
	memmove(b->w + words, b->w, sizeof *b->w * (size_t)b->n);
	memset(b->w, 0, sizeof *b->w * (size_t)words);
	b->n += words;
}

static int compare(const struct big *a, const struct big *b)
{
	int n = a->n > b->n ? a->n : b->n;
	for (int i = n - 1; i >= 0; i--) {
		uint32_t x = i < a->n ? a->w[i] : 0, y = i < b->n ? b->w[i] : 0;
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

static void subtract(struct big *a, const struct big *b)
{
	int64_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
		borrow = t < 0;
		a->w[i] = (uint32_t)(t + (borrow << 32));
	}
}

static void shift_right1(struct big *b)
{
	for (int i = 0; i < b->n; i++)
		b->w[i] = (b->w[i] >> 1) | (i + 1 < b->n ? b->w[i + 1] << 31 : 0);
}

struct format { int p, emin, emax; };
static const struct format formats[] = {
	[SF_FLOAT] = { 24, -126, 127 },
	[SF_DOUBLE] = { 53, -1022, 1023 },
	[SF_LDOUBLE] = { 113, -16382, 16383 },
};

/* Round X * 2^e2 (+ sticky) to the type and store it. */
static int store(const struct big *x, long e2, int sticky, int neg, int type, void *dest)
{
	const struct format *f = &formats[type];
	long len = bitlen(x);
	uint64_t hi = 0, lo = 0;  /* the significand, at most 113 bits */
	long biased = 0;
	int err = 0;

	if (len) {
		long exp = len - 1 + e2;
		long lsb = exp - (f->p - 1);
		if (lsb < f->emin - (f->p - 1))
			lsb = f->emin - (f->p - 1);
		long r = lsb - e2;  /* bits of X below the significand */
		for (long i = r + f->p - 1; i >= r; i--) {
			hi = (hi << 1) | (lo >> 63);
			lo = (lo << 1) | (uint64_t)bit(x, i);
		}
		int half = bit(x, r - 1);
		int rest = sticky || (r - 1 > 0 && any_below(x, r - 1));
		if (half && (rest || (lo & 1))) {
			lo++;
			hi += !lo;
		}
		/* Carry into a new bit: the value is a power of two. */
		int top = f->p - 1;  /* bit of the implicit one */
		int carried = top >= 64 ? (hi >> (top + 1 - 64)) & 1 : (top + 1 == 64 ? hi & 1 : (lo >> (top + 1)) & 1);
		if (carried) {
			lo = (lo >> 1) | (hi << 63);
			hi >>= 1;
			lsb++;
		}
		int normal = top >= 64 ? (hi >> (top - 64)) & 1 : (lo >> top) & 1;
		if (normal) {
			biased = lsb + (f->p - 1) - f->emin + 1;
			if (biased > f->emax - f->emin + 1) {
				err = ERANGE;
				biased = f->emax - f->emin + 2;  /* infinity */
				hi = lo = 0;
			} else if (top >= 64) {
				hi &= ~((uint64_t)1 << (top - 64));
			} else {
				lo &= ~((uint64_t)1 << top);
			}
		} else if (!hi && !lo) {
			err = ERANGE;
		}
	}

	switch (type) {
	case SF_FLOAT: {
		uint32_t b = ((uint32_t)neg << 31) | ((uint32_t)biased << 23) | (uint32_t)lo;
		memcpy(dest, &b, sizeof b);
		break;
	}
	case SF_DOUBLE: {
		uint64_t b = ((uint64_t)neg << 63) | ((uint64_t)biased << 52) | lo;
		memcpy(dest, &b, sizeof b);
		break;
	}
	default: {
		uint64_t b[2] = { lo, ((uint64_t)neg << 63) | ((uint64_t)biased << 48) | hi };
		memcpy(dest, b, sizeof b);
		break;
	}
	}
	return err;
}

static int special(const char *s, int neg, int type, void *dest)
{
	int nan = (s[0] | 32) == 'n';
	/* quiet NaN: the top fraction bit; infinity: none */
	switch (type) {
	case SF_FLOAT: {
		uint32_t b = ((uint32_t)neg << 31) | 0x7f800000u | (nan ? 0x400000u : 0);
		memcpy(dest, &b, sizeof b);
		break;
	}
	case SF_DOUBLE: {
		uint64_t b = ((uint64_t)neg << 63) | 0x7ff0000000000000u | (nan ? (uint64_t)1 << 51 : 0);
		memcpy(dest, &b, sizeof b);
		break;
	}
	default: {
		uint64_t b[2] = { 0, ((uint64_t)neg << 63) | 0x7fff000000000000u | (nan ? (uint64_t)1 << 47 : 0) };
		memcpy(dest, b, sizeof b);
		break;
	}
	}
	return 0;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int __decode_float(const char *s, size_t n, int type, void *dest)
{
	const char *end = s + n;
	int neg = 0;
	if (s < end && (*s == '+' || *s == '-'))
		neg = *s++ == '-';
	if (s < end && ((*s | 32) == 'i' || (*s | 32) == 'n'))
		return special(s, neg, type, dest);

	int hex = end - s > 1 && s[0] == '0' && (s[1] | 32) == 'x';
	if (hex)
		s += 2;
	/* Digits beyond what any midpoint between two values of the type can
	   have only matter as a sticky bit. */
	long maxdig = hex ? 40 : type == SF_LDOUBLE ? 12000 : 800;
	long ndig = 0, point = -1, scale = 0, exp = 0;
	int sticky = 0, seen_nonzero = 0;
	const char *digits = s;
	for (; s < end; s++) {
		if (*s == '.') {
			point = ndig;
			continue;
		}
		int d = hex ? hexval(*s) : (*s >= '0' && *s <= '9' ? *s - '0' : -1);
		if (d < 0)
			break;
		if (!seen_nonzero && !d) {
			if (point >= 0)
				scale--;  /* a leading zero after the point */
			continue;
		}
		seen_nonzero = 1;
		if (ndig < maxdig) {
			ndig++;
		} else {
			sticky |= d != 0;
			if (point < 0)
				scale++;
		}
	}
	if (point >= 0 && point < ndig)
		scale -= ndig - point;
	else if (point < 0)
		point = ndig;
	if (s < end) {
		/* exponent: e or p, sign, digits; saturate far beyond any range */
		s++;
		int eneg = 0;
		if (*s == '+' || *s == '-')
			eneg = *s++ == '-';
		for (; s < end; s++)
			if (exp < 100000000)
				exp = exp * 10 + (*s - '0');
		if (eneg)
			exp = -exp;
	}

	/* a generous bound; 3.33 bits per decimal digit */
	long words = (long)(hex ? 8 : ndig / 9 * 30 / 32 + 4);
	if (!ndig) {
		struct big zero = { 0, 0 };
		return store(&zero, 0, 0, neg, type, dest);
	}

	long e10 = scale + exp;  /* value = D * base^e10 (base 16 counts 4 bits per digit) */
	if (hex) {
		e10 = scale * 4 + exp;
	} else {
		/* beyond every finite value, or below half the smallest */
		if (ndig + e10 > 5000)
			e10 = 5000 - ndig + 1;
		if (ndig + e10 < -5000)
			e10 = -5000 - ndig;
	}
	long k = e10 < 0 ? -e10 : e10;
	words += hex ? 0 : (k * 7 / 3 + 32 * 2 + 200) / 32 * 2;
	uint32_t *mem = malloc(sizeof *mem * (size_t)(words * 2 + 8));
	if (!mem)
		return ENOMEM;
	struct big d = { mem, 0 }, t = { mem + words + 4, 0 };

	/* D from its digits, skipping the point and the leading zeros again */
	long taken = 0;
	seen_nonzero = 0;
	for (const char *p = digits; taken < ndig; p++) {
		if (*p == '.')
			continue;
		int v = hex ? hexval(*p) : *p - '0';
		if (!seen_nonzero && !v)
			continue;
		seen_nonzero = 1;
		mul_add(&d, hex ? 16 : 10, (uint32_t)v);
		taken++;
	}

	int err;
	if (hex) {
		err = store(&d, e10, sticky, neg, type, dest);
	} else if (e10 >= 0) {
		mul_pow5(&d, e10);
		err = store(&d, e10, sticky, neg, type, dest);
	} else {
		/* q = D * 2^s / 5^k with at least p + 2 bits */
		t.n = 1;
		t.w[0] = 1;
		mul_pow5(&t, k);
		long s2 = bitlen(&t) - bitlen(&d) + formats[type].p + 3;
		if (s2 >= 0)
			shift_left(&d, s2);
		else
			shift_left(&t, -s2);  /* D is long: divide by more instead */
		long qbits = bitlen(&d) - bitlen(&t) + 1;
		uint64_t q[3] = { 0, 0, 0 };
		shift_left(&t, qbits - 1);
		for (long i = qbits - 1; i >= 0; i--) {
			if (compare(&d, &t) >= 0) {
				subtract(&d, &t);
				q[i / 64] |= (uint64_t)1 << (i % 64);
			}
			shift_right1(&t);
		}
		int rest = bitlen(&d) != 0;
		uint32_t qw[6] = { (uint32_t)q[0], (uint32_t)(q[0] >> 32), (uint32_t)q[1],
				   (uint32_t)(q[1] >> 32), (uint32_t)q[2], (uint32_t)(q[2] >> 32) };
		struct big qb = { qw, 6 };
		err = store(&qb, -s2 - k, sticky || rest, neg, type, dest);
	}
	free(mem);
	return err;
}
