#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <stddef.h>
#include <wchar.h>
#include "format_impl.h"

/* The formatter behind every printf-family function. A first pass parses
   the whole format without touching the arguments: a format this
   formatter refuses fails before any byte is written, and for positional
   formats ("%2$d") it records the type of every argument so that they can
   all be fetched, in order, before the second pass formats.

   The wide functions (wprintf and its family) use this same formatter
   rather than a second copy: __vwformat turns their format into UTF-8,
   and their sinks turn the UTF-8 output back into wide characters, or pass
   it straight to a stream, whose bytes are UTF-8. A sink marked wide makes
   the formatter count characters where C counts them for wprintf (widths
   and precisions of %s %ls %c %lc, %n, the result), take %s and %c as
   multibyte input, and refuse what is not a valid character, so that the
   sink only ever sees whole, valid UTF-8. */

#define MAX_POS 64   /* highest argument number a positional format may use */

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L, NLEN };

/* What va_arg must fetch. */
enum arg {
	A_NONE, A_BAD, A_INT, A_UINT, A_LONG, A_ULONG, A_LLONG, A_ULLONG, A_INTMAX, A_UINTMAX,
	A_SIZE, A_SSIZE, A_PTRDIFF, A_DBL, A_LDBL, A_PTR, A_WINT,
};

enum class { C_BAD, C_SIGNED, C_UNSIGNED, C_FLOAT, C_CHAR, C_STRING, C_PTR, C_COUNT, C_ERRNO, C_PERCENT };

static enum class class_of(char c)
{
	switch (c) {
	case 'd': case 'i': return C_SIGNED;
	case 'u': case 'o': case 'x': case 'X': return C_UNSIGNED;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': return C_FLOAT;
	case 'c': return C_CHAR;
	case 's': return C_STRING;
	case 'p': return C_PTR;
	case 'n': return C_COUNT;
	case 'm': return C_ERRNO;
	case '%': return C_PERCENT;
	default: return C_BAD;
	}
}

/* The argument each conversion class takes under each length modifier. */
static const unsigned char arg_table[][NLEN] = {
	[C_BAD] =      { A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD },
	[C_SIGNED] =   { A_INT, A_INT, A_INT, A_LONG, A_LLONG, A_INTMAX, A_SSIZE, A_PTRDIFF, A_BAD },
	[C_UNSIGNED] = { A_UINT, A_UINT, A_UINT, A_ULONG, A_ULLONG, A_UINTMAX, A_SIZE, A_PTRDIFF, A_BAD },
	[C_FLOAT] =    { A_DBL, A_BAD, A_BAD, A_DBL, A_BAD, A_BAD, A_BAD, A_BAD, A_LDBL },
	[C_CHAR] =     { A_INT, A_BAD, A_BAD, A_WINT, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD },
	[C_STRING] =   { A_PTR, A_BAD, A_BAD, A_PTR, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD },
	[C_PTR] =      { A_PTR, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD },
	[C_COUNT] =    { A_PTR, A_PTR, A_PTR, A_PTR, A_PTR, A_PTR, A_PTR, A_PTR, A_BAD },
	[C_ERRNO] =    { A_NONE, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD },
	[C_PERCENT] =  { A_NONE, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD, A_BAD },
};

union value {
	uintmax_t i;
	double d;
	long double ld;
	void *p;
};

/* Where a width, precision or value comes from. */
#define FROM_NONE 0
#define FROM_NEXT (-1)  /* the next argument; n > 0 is argument n */

struct directive {
	struct __fmt_spec s;
	int width_from, prec_from, arg_from;
	enum length len;
	enum class cls;
	enum arg arg;
};

/* Read a decimal field; returns 0, or EOVERFLOW if it exceeds INT_MAX. */
static int number(const char **p, int *value)
{
	int v = 0;
	for (; **p >= '0' && **p <= '9'; (*p)++) {
		int d = **p - '0';
		/* v * 10 + d > INT_MAX, without a division */
		if (v > INT_MAX / 10 || (v == INT_MAX / 10 && d > INT_MAX % 10))
			return EOVERFLOW;
		v = v * 10 + d;
	}
	*value = v;
	return 0;
}

/* "n$" after a '%' or '*': returns n, 0 when absent, -1 when invalid. */
static int position(const char **p)
{
	const char *c = *p;
	int n;
	if (*c < '1' || *c > '9' || number(&c, &n) || *c != '$')
		return 0;
	*p = c + 1;
	return n <= MAX_POS ? n : -1;
}

/* Parse the directive after a '%'. Returns 0 with *p past the
   conversion, or the errno value describing why it is refused. */
static int parse(const char **p, struct directive *d)
{
	const char *c = *p;
	int n;

	d->arg_from = (n = position(&c)) ? n : FROM_NEXT;
	if (n < 0)
		return EINVAL;

	d->s.flags = 0;
	for (;; c++) {
		if (*c == '-') d->s.flags |= FL_MINUS;
		else if (*c == '+') d->s.flags |= FL_PLUS;
		else if (*c == ' ') d->s.flags |= FL_SPACE;
		else if (*c == '#') d->s.flags |= FL_ALT;
		else if (*c == '0') d->s.flags |= FL_ZERO;
		else break;
	}

	d->s.width = 0;
	d->width_from = FROM_NONE;
	if (*c == '*') {
		c++;
		d->width_from = (n = position(&c)) ? n : FROM_NEXT;
		if (n < 0)
			return EINVAL;
	} else if (number(&c, &d->s.width)) {
		return EOVERFLOW;
	}

	d->s.prec = -1;
	d->prec_from = FROM_NONE;
	if (*c == '.') {
		c++;
		if (*c == '*') {
			c++;
			d->prec_from = (n = position(&c)) ? n : FROM_NEXT;
			if (n < 0)
				return EINVAL;
		} else if (number(&c, &d->s.prec)) {
			return EOVERFLOW;
		}
	}

	switch (*c) {
	case 'h': d->len = c[1] == 'h' ? LEN_HH : LEN_H; break;
	case 'l': d->len = c[1] == 'l' ? LEN_LL : LEN_L; break;
	case 'j': d->len = LEN_J; break;
	case 'z': d->len = LEN_Z; break;
	case 't': d->len = LEN_T; break;
	case 'L': d->len = LEN_BIG_L; break;
	default: d->len = LEN_NONE; break;
	}
	c += d->len == LEN_HH || d->len == LEN_LL ? 2 : d->len != LEN_NONE;

	d->s.conv = *c;
	d->cls = class_of(*c);
	d->arg = (enum arg)arg_table[d->cls][d->len];
	if (d->arg == A_BAD)
		return EINVAL;
	if (d->arg == A_NONE)
		d->arg_from = FROM_NONE;
	*p = c + 1;
	return 0;
}

struct args {
	int positional;      /* 1 for "%n$" formats, 0 for plain ones, -1 not yet known */
	int count;
	unsigned char type[MAX_POS + 1];
	union value val[MAX_POS + 1];
};

/* Signed and unsigned variants of one integer type are passed alike, so a
   positional argument may be used as either. */
static enum arg passed_as(enum arg t)
{
	switch (t) {
	case A_UINT: case A_WINT: return A_INT;
	case A_ULONG: return A_LONG;
	case A_ULLONG: return A_LLONG;
	case A_UINTMAX: return A_INTMAX;
	case A_SSIZE: return A_SIZE;
	default: return t;
	}
}

/* Record that argument `from` has type `t`, checking the format does not
   mix the two numbering styles. */
static int note(struct args *a, int from, enum arg t)
{
	if (from == FROM_NONE)
		return 0;
	int pos = from > 0;
	if (a->positional >= 0 && a->positional != pos)
		return EINVAL;
	/* Only positional formats need the table of types. */
	if (pos && a->positional < 0)
		memset(a->type, A_NONE, sizeof a->type);
	a->positional = pos;
	if (pos) {
		t = passed_as(t);
		if (a->type[from] != A_NONE && a->type[from] != t)
			return EINVAL;
		a->type[from] = (unsigned char)t;
		if (from > a->count)
			a->count = from;
	}
	return 0;
}

/* The first pass keeps what it parsed of the first directives, so that
   the second pass, for most formats, parses nothing again. */
#define SAVED 16

struct saved {
	int count;
	struct {
		const char *at, *next;   /* the '%', and the text after the directive */
		struct directive d;
	} dir[SAVED];
};

/* The next '%' or the terminating null. Inline rather than strchr: the
   runs between directives are short, and a call (strchr calls on to
   strchrnul) costs more than scanning them in an interpreter. */
static inline const char *next_percent(const char *s)
{
	while (*s && *s != '%')
		s++;
	return s;
}

static int check(const char *fmt, struct args *a, struct saved *sv)
{
	struct directive d;
	sv->count = 0;
	while (*(fmt = next_percent(fmt))) {
		const char *at = fmt++;
		int e = parse(&fmt, &d);
		if (!e && sv->count < SAVED) {
			sv->dir[sv->count].at = at;
			sv->dir[sv->count].next = fmt;
			sv->dir[sv->count].d = d;
			sv->count++;
		}
		if (!e)
			e = note(a, d.width_from, A_INT);
		if (!e)
			e = note(a, d.prec_from, A_INT);
		if (!e)
			e = note(a, d.arg_from, d.arg);
		if (e)
			return e;
	}
	for (int i = 1; i <= a->count; i++)
		if (a->type[i] == A_NONE)
			return EINVAL;  /* a gap: its type, hence its size, is unknown */
	return 0;
}

static union value fetch(va_list *ap, enum arg t)
{
	union value v;
	switch (t) {
	case A_INT: v.i = (uintmax_t)(intmax_t)va_arg(*ap, int); break;
	case A_UINT: v.i = va_arg(*ap, unsigned); break;
	case A_WINT: v.i = va_arg(*ap, unsigned); break;
	case A_LONG: v.i = (uintmax_t)(intmax_t)va_arg(*ap, long); break;
	case A_ULONG: v.i = va_arg(*ap, unsigned long); break;
	case A_LLONG: v.i = (uintmax_t)(intmax_t)va_arg(*ap, long long); break;
	case A_ULLONG: v.i = va_arg(*ap, unsigned long long); break;
	case A_INTMAX: v.i = (uintmax_t)va_arg(*ap, intmax_t); break;
	case A_UINTMAX: v.i = va_arg(*ap, uintmax_t); break;
	case A_SIZE: v.i = va_arg(*ap, size_t); break;
	case A_SSIZE: v.i = (uintmax_t)(intmax_t)va_arg(*ap, ssize_t); break;
	case A_PTRDIFF: v.i = (uintmax_t)(intmax_t)va_arg(*ap, ptrdiff_t); break;
	case A_DBL: v.d = va_arg(*ap, double); break;
	case A_LDBL: v.ld = va_arg(*ap, long double); break;
	default: v.p = va_arg(*ap, void *); break;
	}
	return v;
}

static union value get(struct args *a, va_list *ap, int from, enum arg t)
{
	return from > 0 ? a->val[from] : fetch(ap, t);
}

/* The digits of v, written backwards ending at `end`; returns the first.
   wasm has no multiply-high, so even a division by a constant stays a
   division, and a 64-bit one is dearer still: hexadecimal and octal go by
   shifts, decimal 32 bits and two digits at a time where it can. */
static char *digits_of(char *end, uintmax_t v, unsigned base, const char *digit)
{
	if (base != 10) {
		unsigned shift = base == 16 ? 4 : 3;
		for (; v; v >>= shift)
			*--end = digit[v & (base - 1)];
		return end;
	}
	for (; v > UINT32_MAX; v /= 10)
		*--end = (char)('0' + v % 10);
	uint32_t w = (uint32_t)v;
	while (w >= 100) {
		uint32_t q = w / 100, r = w - q * 100;
		end -= 2;
		end[0] = __fmt_pairs[2 * r];
		end[1] = __fmt_pairs[2 * r + 1];
		w = q;
	}
	if (w >= 10) {
		end -= 2;
		end[0] = __fmt_pairs[2 * w];
		end[1] = __fmt_pairs[2 * w + 1];
	} else if (w) {
		*--end = (char)('0' + w);
	}
	return end;
}

/* Lay out [spaces][prefix][zeros][digits][spaces] for one integer. */
static void integer(struct __fmt_out *o, const struct __fmt_spec *s, uintmax_t v, const char *prefix)
{
	static const char lower[] = "0123456789abcdef";
	static const char upper[] = "0123456789ABCDEF";
	const char *digit = s->conv == 'X' ? upper : lower;
	unsigned base = s->conv == 'o' ? 8 : (s->conv == 'x' || s->conv == 'X' || s->conv == 'p') ? 16 : 10;

	char tmp[3 * sizeof v];
	char *end = tmp + sizeof tmp, *d = digits_of(end, v, base, digit);
	size_t ndigits = (size_t)(end - d);

	size_t prec = s->prec < 0 ? 1 : (size_t)s->prec;
	size_t zeros = prec > ndigits ? prec - ndigits : 0;
	/* '#' with 'o' makes the first digit a zero, adding one if needed. */
	if (s->conv == 'o' && (s->flags & FL_ALT) && !zeros && (ndigits == 0 || *d != '0'))
		zeros = 1;

	/* prefixes have at most two bytes: a sign, "0x" or "0X" */
	size_t nprefix = !prefix[0] ? 0 : !prefix[1] ? 1 : 2;
	size_t body = nprefix + zeros + ndigits;
	size_t width = (size_t)s->width;
	size_t fill = width > body ? width - body : 0;

	if (fill && !(s->flags & FL_MINUS) && (s->flags & FL_ZERO) && s->prec < 0) {
		zeros += fill;
		fill = 0;
	}
	if (!(s->flags & FL_MINUS))
		__fmt_pad(o, ' ', fill);
	__fmt_emit(o, prefix, nprefix);
	__fmt_pad(o, '0', zeros);
	__fmt_emit(o, d, ndigits);
	if (s->flags & FL_MINUS)
		__fmt_pad(o, ' ', fill);
}

/* Lays out a string of n bytes that makes nc characters: the width counts
   characters for the wide functions, bytes otherwise. */
static void text(struct __fmt_out *o, const struct __fmt_spec *s, const char *str, size_t n, size_t nc)
{
	size_t width = (size_t)s->width, len = n;
	if (o->sink->wide) {
		len = nc;
		o->cont += n - nc;
	}
	size_t fill = width > len ? width - len : 0;
	if (!(s->flags & FL_MINUS))
		__fmt_pad(o, ' ', fill);
	__fmt_emit(o, str, n);
	if (s->flags & FL_MINUS)
		__fmt_pad(o, ' ', fill);
}

/* %ls: whole characters that fit in the precision, which counts bytes
   for printf and characters for wprintf. */
static int wide_text(struct __fmt_out *o, const struct __fmt_spec *s, const wchar_t *ws)
{
	char u[4];
	int wide = o->sink->wide;
	size_t limit = s->prec < 0 ? SIZE_MAX : (size_t)s->prec, n = 0, nc = 0, k;
	for (const wchar_t *w = ws; *w && nc < limit; w++) {
		if (!(k = __fmt_utf8(u, (uint32_t)*w)))
			return EILSEQ;
		if (!wide && k > limit - n)
			break;
		n += k;
		nc++;
	}
	size_t width = (size_t)s->width, len = wide ? nc : n;
	size_t fill = width > len ? width - len : 0;
	if (wide)
		o->cont += n - nc;
	if (!(s->flags & FL_MINUS))
		__fmt_pad(o, ' ', fill);
	for (size_t done = 0; done < n; ws++) {
		k = __fmt_utf8(u, (uint32_t)*ws);
		__fmt_emit(o, u, k);
		done += k;
	}
	if (s->flags & FL_MINUS)
		__fmt_pad(o, ' ', fill);
	return 0;
}

/* %s for wprintf: a multibyte string, its precision in characters. Only
   whole, valid characters may reach the sink. */
static int multibyte_text(struct __fmt_out *o, const struct __fmt_spec *s, const char *str)
{
	size_t limit = s->prec < 0 ? SIZE_MAX : (size_t)s->prec, n = 0, nc = 0;
	mbstate_t st = { 0 };
	for (; nc < limit; nc++) {
		wchar_t wc;
		size_t k = o->sink->decode(&wc, str + n, 4, &st);
		if (k == (size_t)-1 || k == (size_t)-2)
			return EILSEQ;
		if (!k)
			break;
		n += k;
	}
	text(o, s, str, n, nc);
	return 0;
}

static void store_count(void *p, enum length len, size_t n)
{
	switch (len) {
	case LEN_HH: *(signed char *)p = (signed char)n; break;
	case LEN_H: *(short *)p = (short)n; break;
	case LEN_L: *(long *)p = (long)n; break;
	case LEN_LL: *(long long *)p = (long long)n; break;
	case LEN_J: *(intmax_t *)p = (intmax_t)n; break;
	case LEN_Z: *(ssize_t *)p = (ssize_t)n; break;
	case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)n; break;
	default: *(int *)p = (int)n; break;
	}
}

/* The value as the conversion's type: %hhd and %hu see the argument
   converted, and %x of a positional argument fetched as int must not see
   its sign extension. */
static uintmax_t narrow(uintmax_t v, enum length len, int is_signed)
{
	switch (len) {
	case LEN_HH: return is_signed ? (uintmax_t)(intmax_t)(signed char)v : (unsigned char)v;
	case LEN_H: return is_signed ? (uintmax_t)(intmax_t)(short)v : (unsigned short)v;
	case LEN_NONE: return is_signed ? (uintmax_t)(intmax_t)(int)v : (unsigned)v;
	case LEN_L: return is_signed ? (uintmax_t)(intmax_t)(long)v : (unsigned long)v;
	case LEN_LL: return is_signed ? (uintmax_t)(intmax_t)(long long)v : (unsigned long long)v;
	case LEN_Z: case LEN_T: return is_signed ? (uintmax_t)(intmax_t)(ptrdiff_t)v : (size_t)v;
	default: return v;
	}
}

static int convert(struct __fmt_out *o, struct directive *d, union value v, int saved_errno)
{
	struct __fmt_spec *s = &d->s;
	switch (d->cls) {
	case C_SIGNED: {
		intmax_t x = (intmax_t)narrow(v.i, d->len, 1);
		const char *sign = x < 0 ? "-" : (s->flags & FL_PLUS) ? "+" : (s->flags & FL_SPACE) ? " " : "";
		integer(o, s, x < 0 ? -(uintmax_t)x : (uintmax_t)x, sign);
		break;
	}
	case C_UNSIGNED: {
		uintmax_t x = narrow(v.i, d->len, 0);
		const char *prefix = "";
		if ((s->flags & FL_ALT) && x && (s->conv == 'x' || s->conv == 'X'))
			prefix = s->conv == 'X' ? "0X" : "0x";
		integer(o, s, x, prefix);
		break;
	}
	case C_FLOAT: {
		struct __fp fp;
		if (d->arg == A_LDBL)
			__fp_from_ldouble(&fp, v.ld);
		else
			__fp_from_double(&fp, v.d);
		if (s->conv == 'a' || s->conv == 'A')
			return __fmt_hexfloat(o, s, &fp);
		return __fmt_float(o, s, &fp);
	}
	case C_CHAR: {
		char u[4];
		size_t k = 1;
		if (d->len == LEN_L) {
			if (!(k = __fmt_utf8(u, (uint32_t)v.i)))
				return EILSEQ;
		} else {
			u[0] = (char)v.i;
			/* For wprintf a byte is a character only if btowc says
			   so, which in UTF-8 means ASCII. */
			if (o->sink->wide && (unsigned char)u[0] >= 0x80)
				return EILSEQ;
		}
		text(o, s, u, k, 1);
		break;
	}
	case C_STRING: {
		if (d->len == LEN_L && v.p)
			return wide_text(o, s, v.p);
		const char *str = v.p ? v.p : "(null)";
		if (o->sink->wide)
			return multibyte_text(o, s, str);
		size_t n;
		if (s->prec >= 0) {
			/* Never read past the precision: the array may be
			   unterminated. */
			const char *z = memchr(str, 0, (size_t)s->prec);
			n = z ? (size_t)(z - str) : (size_t)s->prec;
		} else {
			n = strlen(str);
		}
		text(o, s, str, n, n);
		break;
	}
	case C_PTR:
		integer(o, s, (uintptr_t)v.p, "0x");
		break;
	case C_COUNT:
		store_count(v.p, d->len, o->total - o->cont);
		break;
	case C_ERRNO: {
		struct __fmt_spec t = *s;
		t.conv = 's';
		const char *m = strerror(saved_errno);
		size_t n = strlen(m);
		n = s->prec >= 0 && (size_t)s->prec < n ? (size_t)s->prec : n;
		text(o, &t, m, n, n);
		break;
	}
	default:
		__fmt_emit(o, "%", 1);
		break;
	}
	return 0;
}

/* For the wide functions, which count characters, not bytes. */
static size_t continuation_bytes(const char *p, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)p[i] & 0xc0) == 0x80;
	return c;
}

static int format(struct __fmt_out *o, const char *fmt, struct args *a, va_list *ap,
		  const struct saved *sv)
{
	int saved_errno = errno;
	struct directive d;
	int k = 0;   /* the next saved directive */
	while (*fmt) {
		if (*fmt != '%') {
			const char *next = k < sv->count ? sv->dir[k].at : next_percent(fmt);
			size_t n = (size_t)(next - fmt);
			if (o->sink->wide)
				o->cont += continuation_bytes(fmt, n);
			__fmt_emit(o, fmt, n);
			fmt += n;
			continue;
		}
		if (k < sv->count) {
			d = sv->dir[k].d;
			fmt = sv->dir[k].next;
			k++;
		} else {
			fmt++;
			parse(&fmt, &d);
		}

		if (d.width_from != FROM_NONE) {
			int w = (int)get(a, ap, d.width_from, A_INT).i;
			if (w < 0) {
				/* A negative width is a '-' flag and a positive width. */
				if (w == INT_MIN)
					return EOVERFLOW;
				d.s.flags |= FL_MINUS;
				w = -w;
			}
			d.s.width = w;
		}
		if (d.prec_from != FROM_NONE) {
			int p = (int)get(a, ap, d.prec_from, A_INT).i;
			d.s.prec = p < 0 ? -1 : p;
		}
		union value v = { 0 };
		if (d.arg_from != FROM_NONE)
			v = get(a, ap, d.arg_from, d.arg);
		int e = convert(o, &d, v, saved_errno);
		if (e)
			return e;
	}
	return 0;
}

int __vformat(struct __fmt_sink *sink, const char *fmt, va_list ap)
{
	struct __fmt_out o;
	o.sink = sink;
	o.total = 0;
	o.len = 0;
	o.cont = 0;
	struct args a;
	a.positional = -1;
	a.count = 0;

	struct saved sv;
	int e = check(fmt, &a, &sv);
	if (!e) {
		va_list args;
		va_copy(args, ap);
		for (int i = 1; i <= a.count; i++)
			a.val[i] = fetch(&args, (enum arg)a.type[i]);
		e = format(&o, fmt, &a, &args, &sv);
		va_end(args);
		__fmt_flush(&o);
	}
	size_t count = o.total - o.cont;
	if (!e && count > INT_MAX)
		e = EOVERFLOW;
	if (e) {
		errno = e;
		return -1;
	}
	return (int)count;
}
