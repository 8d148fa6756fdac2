#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "stdio_impl.h"

/* The formatter behind every printf-family function. A first pass checks
   the whole format without touching the arguments, so that a format this
   formatter cannot handle fails before any byte is written. Floating-point
   conversions and positional arguments ("%1$d") are not supported yet:
   they fail with EINVAL. */

enum { FL_MINUS = 1, FL_PLUS = 2, FL_SPACE = 4, FL_ALT = 8, FL_ZERO = 16 };

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

struct spec {
	unsigned flags;
	int width;             /* -1 when taken from the arguments */
	int prec;              /* -1 when absent, -2 when taken from the arguments */
	enum length len;
	char conv;
};

struct out {
	struct __fmt_sink *sink;
	size_t total;
};

static void emit(struct out *o, const char *s, size_t n)
{
	if (n) {
		o->sink->emit(o->sink, s, n);
		o->total += n;
	}
}

static void pad(struct out *o, char c, size_t n)
{
	static const char spaces[16] = "                ";
	static const char zeros[16] = "0000000000000000";
	const char *run = c == '0' ? zeros : spaces;
	while (n) {
		size_t k = n < sizeof spaces ? n : sizeof spaces;
		emit(o, run, k);
		n -= k;
	}
}

/* Read a decimal field; returns 0, or EOVERFLOW if it exceeds INT_MAX. */
static int number(const char **p, int *value)
{
	int v = 0;
	for (; **p >= '0' && **p <= '9'; (*p)++) {
		int d = **p - '0';
		if (v > (INT_MAX - d) / 10)
			return EOVERFLOW;
		v = v * 10 + d;
	}
	*value = v;
	return 0;
}

/* Parse the directive after a '%'. Returns 0 with *p past the conversion,
   or the errno value describing why the directive is refused. */
static int parse(const char **p, struct spec *s)
{
	const char *c = *p;
	s->flags = 0;
	for (;; c++) {
		if (*c == '-') s->flags |= FL_MINUS;
		else if (*c == '+') s->flags |= FL_PLUS;
		else if (*c == ' ') s->flags |= FL_SPACE;
		else if (*c == '#') s->flags |= FL_ALT;
		else if (*c == '0') s->flags |= FL_ZERO;
		else break;
	}

	if (*c == '*') {
		s->width = -1;
		c++;
	} else if (number(&c, &s->width)) {
		return EOVERFLOW;
	}
	if (*c == '$')
		return EINVAL;

	s->prec = -1;
	if (*c == '.') {
		c++;
		if (*c == '*') {
			s->prec = -2;
			c++;
		} else if (number(&c, &s->prec)) {
			return EOVERFLOW;
		}
	}

	switch (*c) {
	case 'h': s->len = c[1] == 'h' ? LEN_HH : LEN_H; break;
	case 'l': s->len = c[1] == 'l' ? LEN_LL : LEN_L; break;
	case 'j': s->len = LEN_J; break;
	case 'z': s->len = LEN_Z; break;
	case 't': s->len = LEN_T; break;
	case 'L': s->len = LEN_BIG_L; break;
	default: s->len = LEN_NONE; break;
	}
	c += s->len == LEN_HH || s->len == LEN_LL ? 2 : s->len != LEN_NONE;

	s->conv = *c;
	switch (*c) {
	case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'n':
		if (s->len == LEN_BIG_L)
			return EINVAL;
		break;
	case 'c': case 's': case 'p': case '%':
		/* Wide characters (%lc, %ls) need the multibyte layer: later. */
		if (s->len != LEN_NONE)
			return EINVAL;
		break;
	default:
		/* Includes e, f, g, a in either case, and a premature end. */
		return EINVAL;
	}
	*p = c + 1;
	return 0;
}

static uintmax_t get_unsigned(va_list *ap, enum length len)
{
	switch (len) {
	case LEN_HH: return (unsigned char)va_arg(*ap, unsigned);
	case LEN_H: return (unsigned short)va_arg(*ap, unsigned);
	case LEN_L: return va_arg(*ap, unsigned long);
	case LEN_LL: return va_arg(*ap, unsigned long long);
	case LEN_J: return va_arg(*ap, uintmax_t);
	case LEN_Z: return va_arg(*ap, size_t);
	/* The unsigned type corresponding to ptrdiff_t has size_t's width. */
	case LEN_T: return (size_t)va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, unsigned);
	}
}

static intmax_t get_signed(va_list *ap, enum length len)
{
	switch (len) {
	case LEN_HH: return (signed char)va_arg(*ap, int);
	case LEN_H: return (short)va_arg(*ap, int);
	case LEN_L: return va_arg(*ap, long);
	case LEN_LL: return va_arg(*ap, long long);
	case LEN_J: return va_arg(*ap, intmax_t);
	/* The signed type corresponding to size_t is ssize_t. */
	case LEN_Z: return va_arg(*ap, ssize_t);
	case LEN_T: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

static void store_count(va_list *ap, enum length len, size_t n)
{
	switch (len) {
	case LEN_HH: *va_arg(*ap, signed char *) = (signed char)n; break;
	case LEN_H: *va_arg(*ap, short *) = (short)n; break;
	case LEN_L: *va_arg(*ap, long *) = (long)n; break;
	case LEN_LL: *va_arg(*ap, long long *) = (long long)n; break;
	case LEN_J: *va_arg(*ap, intmax_t *) = (intmax_t)n; break;
	case LEN_Z: *va_arg(*ap, ssize_t *) = (ssize_t)n; break;
	case LEN_T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)n; break;
	default: *va_arg(*ap, int *) = (int)n; break;
	}
}

/* Lay out [spaces][prefix][zeros][digits][spaces] for one integer. */
static void integer(struct out *o, const struct spec *s, uintmax_t v, const char *prefix)
{
	static const char lower[] = "0123456789abcdef";
	static const char upper[] = "0123456789ABCDEF";
	const char *digit = s->conv == 'X' ? upper : lower;
	unsigned base = s->conv == 'o' ? 8 : (s->conv == 'x' || s->conv == 'X' || s->conv == 'p') ? 16 : 10;

	char tmp[3 * sizeof v];
	char *end = tmp + sizeof tmp, *d = end;
	for (; v; v /= base)
		*--d = digit[v % base];
	size_t ndigits = (size_t)(end - d);

	size_t prec = s->prec < 0 ? 1 : (size_t)s->prec;
	size_t zeros = prec > ndigits ? prec - ndigits : 0;
	/* '#' with 'o' makes the first digit a zero, adding one if needed. */
	if (s->conv == 'o' && (s->flags & FL_ALT) && !zeros && (ndigits == 0 || *d != '0'))
		zeros = 1;

	size_t nprefix = strlen(prefix);
	size_t body = nprefix + zeros + ndigits;
	size_t width = (size_t)s->width;
	size_t fill = width > body ? width - body : 0;

	if (fill && !(s->flags & FL_MINUS) && (s->flags & FL_ZERO) && s->prec < 0) {
		zeros += fill;
		fill = 0;
	}
	if (!(s->flags & FL_MINUS))
		pad(o, ' ', fill);
	emit(o, prefix, nprefix);
	pad(o, '0', zeros);
	emit(o, d, ndigits);
	if (s->flags & FL_MINUS)
		pad(o, ' ', fill);
}

static void text(struct out *o, const struct spec *s, const char *str, size_t n)
{
	size_t width = (size_t)s->width;
	size_t fill = width > n ? width - n : 0;
	if (!(s->flags & FL_MINUS))
		pad(o, ' ', fill);
	emit(o, str, n);
	if (s->flags & FL_MINUS)
		pad(o, ' ', fill);
}

static int check(const char *fmt)
{
	struct spec s;
	while ((fmt = strchr(fmt, '%'))) {
		fmt++;
		int e = parse(&fmt, &s);
		if (e)
			return e;
	}
	return 0;
}

static int format(struct out *o, const char *fmt, va_list *ap)
{
	struct spec s;
	while (*fmt) {
		if (*fmt != '%') {
			const char *next = strchr(fmt, '%');
			size_t n = next ? (size_t)(next - fmt) : strlen(fmt);
			emit(o, fmt, n);
			fmt += n;
			continue;
		}
		fmt++;
		parse(&fmt, &s);

		if (s.width == -1) {
			int w = va_arg(*ap, int);
			if (w < 0) {
				/* A negative width is a '-' flag and a positive width. */
				if (w == INT_MIN)
					return EOVERFLOW;
				s.flags |= FL_MINUS;
				w = -w;
			}
			s.width = w;
		}
		if (s.prec == -2) {
			int p = va_arg(*ap, int);
			s.prec = p < 0 ? -1 : p;
		}

		switch (s.conv) {
		case 'd': case 'i': {
			intmax_t v = get_signed(ap, s.len);
			const char *sign = v < 0 ? "-" : (s.flags & FL_PLUS) ? "+" : (s.flags & FL_SPACE) ? " " : "";
			uintmax_t mag = v < 0 ? -(uintmax_t)v : (uintmax_t)v;
			integer(o, &s, mag, sign);
			break;
		}
		case 'u': case 'o': case 'x': case 'X': {
			uintmax_t v = get_unsigned(ap, s.len);
			const char *prefix = "";
			if ((s.flags & FL_ALT) && v && s.conv != 'u' && s.conv != 'o')
				prefix = s.conv == 'X' ? "0X" : "0x";
			integer(o, &s, v, prefix);
			break;
		}
		case 'p':
			integer(o, &s, (uintptr_t)va_arg(*ap, void *), "0x");
			break;
		case 'c': {
			char c = (char)va_arg(*ap, int);
			text(o, &s, &c, 1);
			break;
		}
		case 's': {
			const char *str = va_arg(*ap, const char *);
			if (!str)
				str = "(null)";
			size_t n;
			if (s.prec >= 0) {
				/* Never read past the precision: the array may be
				   unterminated. */
				const char *z = memchr(str, 0, (size_t)s.prec);
				n = z ? (size_t)(z - str) : (size_t)s.prec;
			} else {
				n = strlen(str);
			}
			text(o, &s, str, n);
			break;
		}
		case 'n':
			store_count(ap, s.len, o->total);
			break;
		case '%':
			emit(o, "%", 1);
			break;
		}
	}
	return 0;
}

int __vformat(struct __fmt_sink *sink, const char *fmt, va_list ap)
{
	struct out o = { sink, 0 };
	int e = check(fmt);
	if (!e) {
		va_list args;
		va_copy(args, ap);
		e = format(&o, fmt, &args);
		va_end(args);
	}
	if (!e && o.total > INT_MAX)
		e = EOVERFLOW;
	if (e) {
		errno = e;
		return -1;
	}
	return (int)o.total;
}
