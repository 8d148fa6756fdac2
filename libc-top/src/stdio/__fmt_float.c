#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include "format_impl.h"

/* %e %f %g: the exact decimal expansion of the binary value, held as a
   big integer D in base 10^9 with |value| = D * 10^e10, rounded
   half-to-even at the digit the conversion asks for.

   wasm has no multiply-high, so every division here, even by a constant,
   is a division instruction, and a 64-bit one is dearer still: the code
   divides once for quotient and remainder, and in 32 bits where the
   numbers allow. */

#define BASE 1000000000u
/* binary128's smallest subnormal needs 11,563 digits (the 113-bit
   significand times 5^16494); its largest value 4,933. */
#define MAX_LIMBS 1300

struct dec {
	uint32_t limb[MAX_LIMBS];  /* least significant first */
	int n;                     /* limbs in use; 0 for zero */
	int ndig;                  /* decimal digits in D */
	int e10;
	int cap;                   /* limbs kept; lower ones are dropped */
	int inexact;               /* a nonzero limb was dropped */
	int sticky;                /* exact, but for a nonzero tail below D */
	const char *txt;           /* when not NULL, D as ndig characters, and
	                              the limbs are not used */
};

static const uint32_t pow10[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

static void mul_small(struct dec *d, uint32_t m)
{
	uint64_t carry = 0;
	for (int i = 0; i < d->n; i++) {
		uint64_t t = (uint64_t)d->limb[i] * m + carry;
		carry = t / BASE;
		d->limb[i] = (uint32_t)(t - carry * BASE);
	}
	while (carry) {
		uint64_t q = carry / BASE;
		d->limb[d->n++] = (uint32_t)(carry - q * BASE);
		carry = q;
	}
	if (d->n > d->cap) {
		/* Only the leading digits are wanted: drop the lowest limbs.
		   Each drop lowers D by less than a part in 10^(9*(cap-1)),
		   and there are at most 1,300 steps, so the total error stays
		   below the last 18 digits, which round_to() distrusts. */
		int drop = d->n - d->cap;
		for (int i = 0; i < drop; i++)
			d->inexact |= d->limb[i] != 0;
		for (int i = 0; i < d->cap; i++)
			d->limb[i] = d->limb[i + drop];
		d->n = d->cap;
		d->e10 += 9 * drop;
	}
}

static inline void count_digits(struct dec *d)
{
	while (d->n && !d->limb[d->n - 1])
		d->n--;
	if (!d->n) {
		d->ndig = 0;
		return;
	}
	int k = 1;
	while (k < 9 && d->limb[d->n - 1] >= pow10[k])
		k++;
	d->ndig = 9 * (d->n - 1) + k;
}

/* Expands the value exactly, or, when only its first `need` digits are
   wanted, approximately from below with a few limbs to spare. */
static void load(struct dec *d, const struct __fp *fp, long long need)
{
	d->inexact = 0;
	d->sticky = 0;
	d->cap = need < 9LL * (MAX_LIMBS - 8) ? (int)(need / 9) + 4 : MAX_LIMBS - 2;
	uint64_t hi = fp->hi, lo = fp->lo;
	int e2 = fp->exp2;

	/* Odd significands keep the power of five below as small as it can be. */
	int tz = lo ? __builtin_ctzll(lo) : 64 + __builtin_ctzll(hi);
	if (tz >= 64) {
		lo = hi >> (tz - 64);
		hi = 0;
	} else if (tz) {
		lo = (lo >> tz) | (hi << (64 - tz));
		hi >>= tz;
	}
	e2 += tz;

	/* The significand in base 10^9: a double's directly, binary128's by
	   dividing 32 bits at a time. */
	d->n = 0;
	if (!hi) {
		while (lo) {
			uint64_t q = lo / BASE;
			d->limb[d->n++] = (uint32_t)(lo - q * BASE);
			lo = q;
		}
	} else {
		uint32_t w[4] = { (uint32_t)(hi >> 32), (uint32_t)hi, (uint32_t)(lo >> 32), (uint32_t)lo };
		while (w[0] | w[1] | w[2] | w[3]) {
			uint64_t rem = 0;
			for (int i = 0; i < 4; i++) {
				uint64_t cur = (rem << 32) | w[i];
				w[i] = (uint32_t)(cur / BASE);
				rem = cur % BASE;
			}
			d->limb[d->n++] = (uint32_t)rem;
		}
	}

	d->e10 = 0;
	for (; e2 > 0; e2 -= e2 < 29 ? e2 : 29)
		mul_small(d, (uint32_t)1 << (e2 < 29 ? e2 : 29));
	/* m / 2^k = m * 5^k / 10^k */
	static const uint32_t pow5[14] = {
		1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125,
		244140625, 1220703125,
	};
	for (; e2 < 0; e2 += 13) {
		int k = -e2 < 13 ? -e2 : 13;
		mul_small(d, pow5[k]);
		d->e10 -= k;
	}
	count_digits(d);
}

/* The common case without big numbers: a double whose first `need`
   digits (need <= 17) lie in an exact 64-bit integer floor(v * 10^s),
   0 <= s <= 27, computed as m * 5^s shifted by e2 + s in 128 bits; the
   bits shifted out become the sticky flag. Returns 0 when it does not
   apply. */
static int scaled(const struct __fp *fp, long long need, uint64_t *out, int *scale, int *sticky)
{
	static const uint64_t pow5_64[28] = {
		1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125,
		244140625, 1220703125, 6103515625, 30517578125, 152587890625, 762939453125,
		3814697265625, 19073486328125, 95367431640625, 476837158203125,
		2384185791015625, 11920928955078125, 59604644775390625, 298023223876953125,
		1490116119384765625, 7450580596923828125u,
	};
	uint64_t m = fp->lo;
	int e2 = fp->exp2;
	if (fp->hi || need > 17)
		return 0;
	int bits = 64 - __builtin_clzll(m);
	/* decimal digits before the point, within one */
	int dexp = (e2 + bits) * 30103 / 100000;
	int s = 18 - dexp;
	if (s < 0 || s > 27)
		return 0;
	uint64_t p = pow5_64[s];
	/* 128-bit m * p from 32-bit halves */
	uint64_t a0 = m & 0xffffffff, a1 = m >> 32, b0 = p & 0xffffffff, b1 = p >> 32;
	uint64_t lo = a0 * b0, mid1 = a0 * b1, mid2 = a1 * b0, hi = a1 * b1;
	uint64_t mid = (lo >> 32) + (mid1 & 0xffffffff) + (mid2 & 0xffffffff);
	lo = (lo & 0xffffffff) | (mid << 32);
	hi += (mid1 >> 32) + (mid2 >> 32) + (mid >> 32);
	int sh = e2 + s;
	if (sh >= 0) {
		if (sh >= 64 || hi || (lo >> (63 - sh)) >> 1)
			return 0;
		*out = lo << sh;
		*sticky = 0;
	} else {
		int r = -sh;
		if (r >= 128)
			return 0;
		if (r >= 64) {
			*out = hi >> (r - 64);
			*sticky = lo != 0 || (r > 64 && (hi << (128 - r)) != 0);
		} else {
			if (hi >> r)
				return 0;
			*out = (lo >> r) | (r ? hi << (64 - r) : 0);
			*sticky = r && (lo << (64 - r)) != 0;
		}
	}
	*scale = s;
	return 1;
}

/* D = floor(v * 10^s) in limbs, when scaled() applies. */
static int load_fast(struct dec *d, const struct __fp *fp, long long need)
{
	uint64_t v;
	int s, sticky;
	if (!scaled(fp, need, &v, &s, &sticky))
		return 0;
	d->n = 0;
	while (v) {
		uint64_t q = v / BASE;
		d->limb[d->n++] = (uint32_t)(v - q * BASE);
		v = q;
	}
	d->e10 = -s;
	d->inexact = 0;
	d->sticky = sticky;
	count_digits(d);
	/* enough digits to round at the place wanted, and one to spare */
	return d->ndig >= need + 1;
}

static const uint64_t pow10_64[20] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
	1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000u,
	10000000000000000000u,
};

/* load_fast and round_to in one, without limbs, for the short
   conversions of a double. With D = floor(v * 10^s) from scaled() and
   the tail below the last digit kept being r + frac, where frac in [0, 1)
   is nonzero only when sticky: tail > half exactly when r > half, or
   r == half and sticky (r and half are integers), and r < half leaves
   tail < half. So this rounds half-to-even as round_to does. The digits
   kept go to `txt` as characters. Returns 0, changing nothing, when it
   does not apply. */
static int round_fast(struct dec *d, char *txt, const struct __fp *fp, int conv,
		      long long prec, long long need)
{
	uint64_t v;
	int s, sticky;
	if (!scaled(fp, need, &v, &s, &sticky))
		return 0;
	/* Digits of v: t = floor(bits * log10(2)) (1233 / 4096 is log10(2)
	   closely enough below 2^64), and v has t or t + 1 digits. */
	int t = (64 - __builtin_clzll(v | 1)) * 1233 >> 12;
	int nd = t + (v >= pow10_64[t]);
	long long keep = conv == 'e' ? prec + 1 : conv == 'g' ? prec : nd - s + prec;
	/* as load_fast asks, and a place to round at inside D */
	if (nd < need + 1 || keep < 1 || keep >= nd)
		return 0;
	int drop = nd - (int)keep;
	uint64_t p = pow10_64[drop], q = v / p, r = v - q * p, half = p / 2;
	if (r > half || (r == half && (sticky || (q & 1))))
		q++;
	int n = (int)keep + (q == pow10_64[keep]);  /* a carry adds a digit */
	for (int i = n; i > 0; q /= 10)
		txt[--i] = (char)('0' + q % 10);
	d->txt = txt;
	d->n = 1;  /* nonzero; the limbs are not used */
	d->ndig = n;
	d->e10 = drop - s;
	return 1;
}

/* The i-th digit of D counting from 1 at the most significant; zero
   outside D. */
static inline int digit(const struct dec *d, long long i)
{
	if (i < 1 || i > d->ndig)
		return 0;
	unsigned r = (unsigned)(d->ndig - i), q = r / 9;
	return (int)(d->limb[q] / pow10[r - 9 * q] % 10);
}

/* Keep the first `keep` digits of D (which may be none, or more than D
   has) and round what is dropped half-to-even. Returns -1, changing
   nothing, when D is approximate and its reliable digits cannot decide. */
static int round_to(struct dec *d, long long keep)
{
	if (d->inexact) {
		/* The last 18 digits may be low by a carry, which reaches digit
		   keep + 1 only through a run of nines; with D inexact, the
		   exact tail is never a tie. */
		long long i = keep + 2, end = (long long)d->ndig - 18;
		if (keep < 0)
			goto zero;
		if (i > end)
			return -1;
		while (i <= end && digit(d, i) == 9)
			i++;
		if (i > end)
			return -1;
	}
	if (d->sticky && keep >= d->ndig && keep >= 0)
		return -1;  /* the tail would be shown */
	if (keep >= d->ndig || !d->n)
		return 0;
	if (keep < 0) {
	zero:
		/* below half a unit of the last kept place */
		d->n = 0;
		d->ndig = 0;
		return 0;
	}
	unsigned drop = (unsigned)(d->ndig - keep);  /* 1 to ndig */
	unsigned top = drop / 9, part = pow10[drop - 9 * top];
	int first = digit(d, keep + 1);
	int up = first > 5;
	if (d->inexact)
		up = first >= 5;
	else if (first == 5) {
		unsigned r = drop - 1;  /* digits below the first dropped one */
		unsigned rq = r / 9;
		int sticky = d->limb[rq] % pow10[r - 9 * rq] != 0;
		for (unsigned i = 0; i < rq && !sticky; i++)
			sticky = d->limb[i] != 0;
		up = sticky || d->sticky || (digit(d, keep) & 1);
	}
	d->sticky = 0;

	for (int i = 0; i < (int)top && i < d->n; i++)
		d->limb[i] = 0;
	if ((int)top < d->n)
		d->limb[top] -= d->limb[top] % part;
	if (up) {
		int i = (int)top;
		uint32_t add = part;
		for (; add; i++) {
			if (i >= d->n)
				d->limb[d->n++] = 0;
			uint32_t t = d->limb[i] + add;
			add = t >= BASE;
			d->limb[i] = add ? t - BASE : t;
		}
	}
	count_digits(d);
	return 0;
}

/* Position of the last nonzero digit, or 0 for zero. */
static long long last_nonzero(const struct dec *d)
{
	if (d->txt) {
		long long k = d->ndig;
		while (k && d->txt[k - 1] == '0')
			k--;
		return k;
	}
	int i = 0;
	while (i < d->n && !d->limb[i])
		i++;
	if (i == d->n)
		return 0;
	long long r = 9LL * i;
	/* the limb's trailing zeros, by halving steps */
	uint32_t v = d->limb[i];
	static const unsigned char step[] = { 8, 4, 2, 1 };
	for (int k = 0; k < 4; k++) {
		uint32_t p = pow10[step[k]], q = v / p;
		if (q * p == v) {
			v = q;
			r += step[k];
		}
	}
	return d->ndig - r;
}

static void digits(struct __fmt_out *o, const struct dec *d, long long from, long long to)
{
	if (from > to)
		return;
	if (from < 1) {
		/* zeros before D */
		long long end = to < 0 ? to : 0;
		__fmt_pad(o, '0', (size_t)(end - from + 1));
		from = end + 1;
	}
	long long last = to < d->ndig ? to : d->ndig;
	if (d->txt) {
		if (from <= last) {
			__fmt_emit(o, d->txt + from - 1, (size_t)(last - from + 1));
			from = last + 1;
		}
		if (from <= to)
			__fmt_pad(o, '0', (size_t)(to - from + 1));
		return;
	}
	char buf[64];
	size_t n = 0;
	while (from <= last) {
		/* the part of one limb from digit `from` on */
		unsigned r = (unsigned)(d->ndig - from), q9 = r / 9;
		int lo = (int)(r - 9 * q9);  /* digits of this limb below `from` */
		int take = lo + 1;
		if (take > last - from + 1)
			take = (int)(last - from + 1);
		if (n + (size_t)take > sizeof buf) {
			__fmt_emit(o, buf, n);
			n = 0;
		}
		/* drop the digits after the range, then write it backwards,
		   two at a time: each division costs (see the top) */
		uint32_t v = d->limb[q9] / pow10[lo + 1 - take];
		int k = take;
		for (; k >= 2; k -= 2) {
			uint32_t q = v / 100, two = v - q * 100;
			buf[n + (size_t)k - 2] = __fmt_pairs[2 * two];
			buf[n + (size_t)k - 1] = __fmt_pairs[2 * two + 1];
			v = q;
		}
		if (k)
			buf[n] = (char)('0' + v % 10);  /* v may hold digits before `from` */
		n += (size_t)take;
		from += take;
	}
	__fmt_emit(o, buf, n);
	if (from <= to)
		__fmt_pad(o, '0', (size_t)(to - from + 1));
}

static inline const char *sign_of(const struct __fmt_spec *s, const struct __fp *fp)
{
	return fp->sign ? "-" : (s->flags & FL_PLUS) ? "+" : (s->flags & FL_SPACE) ? " " : "";
}

/* Pads around a body of `len` bytes (after the sign) and returns the
   zeros to put between sign and body. */
static size_t open_field(struct __fmt_out *o, const struct __fmt_spec *s, const char *sign,
			 size_t len, int zero_ok)
{
	size_t nsign = *sign != 0;
	size_t width = s->width > 0 ? (size_t)s->width : 0;
	size_t fill = width > len + nsign ? width - len - nsign : 0;
	size_t zeros = 0;
	if (!(s->flags & FL_MINUS)) {
		if ((s->flags & FL_ZERO) && zero_ok)
			zeros = fill;
		else
			__fmt_pad(o, ' ', fill);
	}
	__fmt_emit(o, sign, nsign);
	__fmt_pad(o, '0', zeros);
	return fill - zeros;
}

static inline void close_field(struct __fmt_out *o, const struct __fmt_spec *s, size_t rest)
{
	if (s->flags & FL_MINUS)
		__fmt_pad(o, ' ', rest);
}

static int special(struct __fmt_out *o, const struct __fmt_spec *s, const struct __fp *fp)
{
	int upper = s->conv >= 'A' && s->conv <= 'Z';
	const char *word = fp->kind == FP_INF ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
	size_t rest = open_field(o, s, sign_of(s, fp), 3, 0);
	__fmt_emit(o, word, 3);
	close_field(o, s, rest);
	return 0;
}

/* d.ddde±XX */
static void exp_style(struct __fmt_out *o, const struct __fmt_spec *s, const struct __fp *fp,
		      const struct dec *d, long long prec, long long x)
{
	char ebuf[8];
	int en = 0;
	/* |x| is below 5,000: 32 bits do */
	unsigned ax = (unsigned)(x < 0 ? -x : x);
	char tmp[8];
	int tn = 0;
	do {
		tmp[tn++] = (char)('0' + ax % 10);
		ax /= 10;
	} while (ax);
	if (tn < 2)
		tmp[tn++] = '0';
	ebuf[en++] = (s->conv == 'E' || s->conv == 'G') ? 'E' : 'e';
	ebuf[en++] = x < 0 ? '-' : '+';
	while (tn)
		ebuf[en++] = tmp[--tn];

	int point = prec > 0 || (s->flags & FL_ALT);
	size_t len = 1 + (size_t)point + (size_t)prec + (size_t)en;
	size_t rest = open_field(o, s, sign_of(s, fp), len, 1);
	digits(o, d, 1, 1);
	if (point)
		__fmt_emit(o, ".", 1);
	digits(o, d, 2, prec + 1);
	__fmt_emit(o, ebuf, (size_t)en);
	close_field(o, s, rest);
}

/* ddd.ddd, with the decimal point after digit `dexp` of D */
static void fixed_style(struct __fmt_out *o, const struct __fmt_spec *s, const struct __fp *fp,
			const struct dec *d, long long prec, long long dexp)
{
	int point = prec > 0 || (s->flags & FL_ALT);
	size_t len = (size_t)(dexp > 0 ? dexp : 1) + (size_t)point + (size_t)prec;
	size_t rest = open_field(o, s, sign_of(s, fp), len, 1);
	digits(o, d, dexp > 0 ? 1 : dexp, dexp);
	if (point)
		__fmt_emit(o, ".", 1);
	digits(o, d, dexp + 1, dexp + prec);
	close_field(o, s, rest);
}

int __fmt_float(struct __fmt_out *o, const struct __fmt_spec *s, const struct __fp *fp)
{
	if (fp->kind == FP_INF || fp->kind == FP_NAN)
		return special(o, s, fp);

	long long prec = s->prec < 0 ? 6 : s->prec;
	int conv = s->conv | 32;
	if (conv == 'g' && prec == 0)
		prec = 1;
	/* Digits wanted, one more to round: for %f an upper bound on those
	   before the point, from the binary exponent (log10(2) < 0.30103). */
	long long need = conv == 'e' ? prec + 2 : conv == 'g' ? prec + 1
		: (fp->exp2 + (fp->hi ? 128 - __builtin_clzll(fp->hi) : 64 - __builtin_clzll(fp->lo | 1)))
		  * 30103 / 100000 + 3 + prec;
	if (need < 1)
		need = 1;

	struct dec d;
	char txt[20];
	d.n = d.ndig = d.e10 = d.inexact = d.sticky = 0;
	d.txt = 0;
	/* digits before the decimal point: |value| = 0.DDD * 10^dexp */
#define DEXP(d) ((d).n ? (long long)(d).ndig + (d).e10 : 1LL)
	if (!(fp->kind == FP_FINITE && round_fast(&d, txt, fp, conv, prec, need))) {
		for (int exact = 0;; exact = 1) {
			if (fp->kind == FP_FINITE && (exact || !load_fast(&d, fp, need)))
				load(&d, fp, exact ? LLONG_MAX : need);
			long long keep = conv == 'e' ? prec + 1 : conv == 'g' ? prec : DEXP(d) + prec;
			if (round_to(&d, keep) == 0)
				break;
		}
	}

	switch (conv) {
	case 'f':
		fixed_style(o, s, fp, &d, prec, DEXP(d));
		break;
	case 'e':
		exp_style(o, s, fp, &d, prec, DEXP(d) - 1);
		break;
	default: {
		long long x = DEXP(d) - 1;
		int alt = s->flags & FL_ALT;
		if (prec > x && x >= -4) {
			long long fprec = prec - 1 - x;
			if (!alt) {
				long long last = last_nonzero(&d) - DEXP(d);
				fprec = last < 0 ? 0 : last < fprec ? last : fprec;
			}
			fixed_style(o, s, fp, &d, fprec, DEXP(d));
		} else {
			long long eprec = prec - 1;
			if (!alt) {
				long long last = last_nonzero(&d) - 1;
				eprec = last < 0 ? 0 : last < eprec ? last : eprec;
			}
			exp_style(o, s, fp, &d, eprec, x);
		}
		break;
	}
	}
#undef DEXP
	return 0;
}
