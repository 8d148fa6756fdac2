#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "format_impl.h"
#include "scan_impl.h"

/* The scanf core. Each directive reads at most its width in bytes and
   gives back at most the one byte that ended it. A directive that finds
   no input is an input failure; one that finds input it cannot use is a
   matching failure. The result counts assignments, or is EOF when input
   failed before the first conversion.

   The wide functions (wscanf and its family) use this same core: their
   format is turned into UTF-8 and their input is fed to it as UTF-8 by a
   source marked wide. In that mode the counts C gives in characters are
   counted in characters (%n, and the widths of %c %s %[, whose
   characters are stored as multibyte strings), scansets match whole
   characters, and a character that ends a directive is given back whole,
   which wide sources can do. */

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

struct in {
	struct __scan_src *src;
	int wide;       /* the source is wide: see above */
	size_t count;   /* bytes consumed, for %n */
	size_t left;    /* the current directive's width still unused */
};

static int next(struct in *in)
{
	if (!in->left)
		return EOF;
	int c = in->src->get(in->src);
	if (c != EOF) {
		in->count += !in->wide || (c & 0xc0) != 0x80;
		in->left--;
	}
	return c;
}

static void back(struct in *in, int c)
{
	if (c != EOF) {
		in->src->unget(in->src, c);
		in->count -= !in->wide || (c & 0xc0) != 0x80;
		in->left++;
	}
}

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static void skip_space(struct in *in)
{
	size_t w = in->left;
	in->left = SIZE_MAX;
	int c;
	while (is_space(c = next(in)))
		;
	back(in, c);
	in->left = w;
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'z') return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
	return 99;
}

/* A growing byte buffer for tokens and %m strings. */
struct buf {
	char *p;
	size_t len, cap;
	int fixed;   /* the caller's array: never reallocated */
};

static int append(struct buf *b, char c)
{
	if (b->len == b->cap) {
		if (b->fixed)
			return 0;
		size_t cap = b->cap ? 2 * b->cap : 32;
		char *p = realloc(b->p, cap);
		if (!p)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	if (b->p)
		b->p[b->len] = c;
	b->len++;
	return 0;
}

/* Returns 1 when an integer was read, 0 on a matching failure, EOF on an
   input failure. */
static int scan_int(struct in *in, int base, int is_signed, uintmax_t *out)
{
	int c = next(in), neg = 0;
	if (c == EOF)
		return EOF;
	if (c == '+' || c == '-') {
		neg = c == '-';
		c = next(in);
	}
	int any = 0;
	if ((base == 0 || base == 16) && c == '0') {
		any = 1;
		c = next(in);
		if ((c | 32) == 'x') {
			base = 16;
			c = next(in);
			/* "0x" with no hex digit: the 0 was the number */
			if (digit_value(c) >= 16) {
				back(in, c);
				*out = 0;
				return 1;
			}
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	uintmax_t v = 0;
	int overflow = 0;
	for (; digit_value(c) < base; c = next(in)) {
		unsigned d = (unsigned)digit_value(c);
		if (v > (UINTMAX_MAX - d) / (unsigned)base)
			overflow = 1;
		v = v * (unsigned)base + d;
		any = 1;
	}
	back(in, c);
	if (!any)
		return 0;
	/* out of range: saturate as strtoimax and strtoumax do */
	if (overflow)
		v = is_signed ? (neg ? (uintmax_t)INTMAX_MIN : INTMAX_MAX) : UINTMAX_MAX;
	else if (is_signed && v > (uintmax_t)INTMAX_MAX + neg)
		v = neg ? (uintmax_t)INTMAX_MIN : INTMAX_MAX;
	else if (neg)
		v = -v;
	*out = v;
	return 1;
}

static int word(struct in *in, struct buf *b, const char *w)
{
	for (; *w; w++) {
		int c = next(in);
		if ((c | 32) != *w) {
			back(in, c);
			return 0;
		}
		if (append(b, (char)c))
			return -1;
	}
	return 1;
}

/* Reads the longest floating-point token into b; returns 1 when it is
   complete, 0 when not (a matching failure), EOF when there was no input,
   -2 when memory ran out. */
static int scan_float_token(struct in *in, struct buf *b)
{
	int c = next(in);
	if (c == EOF)
		return EOF;
	if (c == '+' || c == '-') {
		append(b, (char)c);
		c = next(in);
	}
	if ((c | 32) == 'i' || (c | 32) == 'n') {
		back(in, c);
		int r = word(in, b, (c | 32) == 'i' ? "inf" : "nan");
		if (r <= 0)
			return r < 0 ? -2 : 0;
		/* A "(n-char-sequence)" after "nan" is left unread, as glibc does. */
		if ((c | 32) == 'i') {
			/* "inf" stands alone if "inity" does not follow in full */
			size_t keep = b->len;
			if (word(in, b, "inity") == 0 && b->len != keep)
				return 0;
		}
		return 1;
	}
	int hex = 0, digits = 0;
	if (c == '0') {
		digits = 1;
		append(b, '0');
		c = next(in);
		if ((c | 32) == 'x') {
			hex = 1;
			digits = 0;
			append(b, (char)c);
			c = next(in);
		}
	}
	int base = hex ? 16 : 10, point = 0;
	for (;; c = next(in)) {
		if (c == '.' && !point) {
			point = 1;
		} else if (digit_value(c) < base) {
			digits = 1;
		} else {
			break;
		}
		if (append(b, (char)c))
			return -2;
	}
	if (!digits) {
		back(in, c);
		return 0;
	}
	if ((c | 32) == (hex ? 'p' : 'e')) {
		append(b, (char)c);
		c = next(in);
		if (c == '+' || c == '-') {
			append(b, (char)c);
			c = next(in);
		}
		/* An exponent marker without digits is read and ignored, as
		   glibc and musl do, rather than failing the whole match. */
		for (; c >= '0' && c <= '9'; c = next(in))
			if (append(b, (char)c))
				return -2;
	}
	back(in, c);
	return 1;
}

static void store_int(void *p, enum length len, uintmax_t v)
{
	switch (len) {
	case LEN_HH: *(unsigned char *)p = (unsigned char)v; break;
	case LEN_H: *(unsigned short *)p = (unsigned short)v; break;
	case LEN_L: *(unsigned long *)p = (unsigned long)v; break;
	case LEN_LL: *(unsigned long long *)p = (unsigned long long)v; break;
	case LEN_J: *(uintmax_t *)p = v; break;
	case LEN_Z: case LEN_T: *(size_t *)p = (size_t)v; break;
	default: *(unsigned *)p = (unsigned)v; break;
	}
}

/* Parses "[set]" starting after the '['; returns the end of the set, or
   NULL when the format ends first. */
struct set {
	unsigned char byte[256];
	const char *lo, *hi;  /* the set's text, to match characters past ASCII */
	int invert;
};

static const char *scanset(const char *f, struct set *st)
{
	unsigned char *set = st->byte;
	int invert = *f == '^';
	f += invert;
	const char *start = f;  /* a '-' here or last is itself */
	st->lo = f;
	st->invert = invert;
	memset(set, invert, 256);
	if (*f == ']')
		set[(unsigned char)*f++] = (unsigned char)!invert;
	for (; *f != ']'; f++) {
		if (!*f)
			return NULL;
		if (f[0] == '-' && f[1] != ']' && f > start && (unsigned char)f[1] > (unsigned char)f[-1]) {
			for (int c = (unsigned char)f[-1]; c <= (unsigned char)f[1]; c++)
				set[c] = (unsigned char)!invert;
			f++;
		} else {
			set[(unsigned char)*f] = (unsigned char)!invert;
		}
	}
	st->hi = f;
	return f;
}

/* One character of the format's UTF-8, which the wide functions made. */
static long format_char(const char **p)
{
	const unsigned char *u = (const unsigned char *)*p;
	long c = *u++;
	if (c >= 0x80) {
		int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
		c &= 0x3f >> more;
		while (more-- && (*u & 0xc0) == 0x80)
			c = (c << 6) | (*u++ & 0x3f);
	}
	*p = (const char *)u;
	return c;
}

/* Whether the set holds c, a character past ASCII: the byte table cannot
   say, so the set's text is read as characters. */
static int in_set(const struct set *st, long c)
{
	const char *p = st->lo;
	long prev = -1;
	int found = 0;
	if (*p == ']') {
		p++;
		prev = ']';
	}
	while (p < st->hi && !found) {
		long x = format_char(&p);
		if (x == '-' && prev >= 0 && p < st->hi) {
			long y = format_char(&p);
			found = c >= prev && c <= y;
			prev = -1;
			continue;
		}
		found = x == c;
		prev = x;
	}
	return found != st->invert;
}

/* One UTF-8 character from the input (stdio's own decoder: the locale is
   always UTF-8). Returns the character, EOF at the end of input, or -2 on
   an encoding error, having given back the byte that broke it. */
static long utf8_char(struct in *in)
{
	int c = next(in);
	if (c == EOF || c < 0x80)
		return c;
	int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
	long min = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
	if (c < 0xc2 || c > 0xf4)
		return -2;
	long w = c & (0x3f >> more);
	while (more--) {
		c = next(in);
		if (c == EOF || (c & 0xc0) != 0x80) {
			back(in, c);
			return -2;
		}
		w = (w << 6) | (c & 0x3f);
	}
	if (w < min || w > 0x10ffff || (w >= 0xd800 && w < 0xe000))
		return -2;
	return w;
}

/* Gives back a whole character, which only a wide source can. */
static void back_char(struct in *in, long c)
{
	char u[4];
	size_t k = __fmt_utf8(u, (uint32_t)c);
	while (k)
		back(in, (unsigned char)u[--k]);
}

/* %lc %ls %l[ (and %c %s %[ for the wide functions): characters, counted
   by the width, into a wchar_t array, or with `narrow` into a char array
   as UTF-8 (or a new array for %m). Returns 1, 0 for a matching failure,
   EOF for an input failure. */
static int scan_chars(struct in *in, char conv, const struct set *set, size_t width,
		      void *dest, int alloc, int narrow)
{
	size_t unit = narrow ? 1 : sizeof(wchar_t);
	char *w = alloc ? NULL : dest;
	size_t n = 0, len = 0, cap = 0;   /* characters, units stored, units allocated */
	size_t want = conv == 'c' ? (width ? width : 1) : width ? width : SIZE_MAX;
	long c = 0;
	while (n < want) {
		c = utf8_char(in);
		if (c < 0)
			break;
		int member = c < 0x80 ? set->byte[c] : in_set(set, c);
		if (conv == 's')
			member = !(c < 256 && (c == ' ' || (c >= '\t' && c <= '\r')));
		else if (conv == 'c')
			member = 1;
		if (!member) {
			if (c < 0x80)
				back(in, (int)c);
			else if (in->wide)
				back_char(in, c);
			/* else a byte source can give back only one byte */
			break;
		}
		char u[4];
		size_t k = narrow ? __fmt_utf8(u, (uint32_t)c) : 1;
		if (alloc && dest && len + k >= cap) {
			size_t ncap = cap ? 2 * cap : 16;
			char *p = realloc(w, ncap * unit);
			if (!p) {
				free(w);
				errno = ENOMEM;
				return EOF;
			}
			w = p;
			cap = ncap;
		}
		if (w && narrow)
			memcpy(w + len, u, k);
		else if (w)
			((wchar_t *)w)[len] = (wchar_t)c;
		len += k;
		n++;
	}
	if (c == -2) {
		errno = EILSEQ;
		free(alloc ? w : NULL);
		return EOF;
	}
	if (!n || (conv == 'c' && n < want)) {
		free(alloc ? w : NULL);
		return c == EOF && !n ? EOF : 0;
	}
	if (w && conv != 'c') {
		if (narrow)
			w[len] = 0;
		else
			((wchar_t *)w)[len] = 0;
	}
	if (alloc && dest)
		*(char **)dest = w;
	return 1;
}

int __vscan(struct __scan_src *src, const char *fmt, va_list ap_in)
{
	struct in in = { src, src->wide, 0, SIZE_MAX };
	va_list ap;
	va_copy(ap, ap_in);
	int assigned = 0, converted = 0, result = 0;
	struct set st;
	unsigned char *set = st.byte;

	for (const char *f = fmt; *f; f++) {
		in.left = SIZE_MAX;
		if (is_space((unsigned char)*f)) {
			skip_space(&in);
			continue;
		}
		if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				f++;
				skip_space(&in);
			}
			int c = next(&in);
			if (c != (unsigned char)*f) {
				back(&in, c);
				if (c == EOF)
					goto input_failure;
				goto done;
			}
			continue;
		}

		f++;
		int suppress = *f == '*';
		f += suppress;
		size_t width = 0;
		for (; *f >= '0' && *f <= '9'; f++)
			width = width * 10 + (size_t)(*f - '0');
		int alloc = *f == 'm';
		f += alloc;
		enum length len = LEN_NONE;
		switch (*f) {
		case 'h': len = f[1] == 'h' ? LEN_HH : LEN_H; break;
		case 'l': len = f[1] == 'l' ? LEN_LL : LEN_L; break;
		case 'j': len = LEN_J; break;
		case 'z': len = LEN_Z; break;
		case 't': len = LEN_T; break;
		case 'L': len = LEN_BIG_L; break;
		}
		f += len == LEN_HH || len == LEN_LL ? 2 : len != LEN_NONE;
		char conv = *f;
		if (!conv)
			goto done;

		if (conv != '[' && conv != 'c' && conv != 'n')
			skip_space(&in);
		in.left = width ? width : SIZE_MAX;
		void *dest = suppress || conv == 'n' ? NULL : va_arg(ap, void *);
		if (conv == 'n') {
			if (!suppress)
				store_int(va_arg(ap, void *), len, in.count);
			continue;
		}

		switch (conv) {
		case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p': {
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			uintmax_t v;
			int r = scan_int(&in, base, conv == 'd' || conv == 'i', &v);
			if (r == EOF)
				goto input_failure;
			if (!r)
				goto done;
			if (dest) {
				if (conv == 'p')
					*(void **)dest = (void *)(uintptr_t)v;
				else
					store_int(dest, len, v);
			}
			break;
		}
		case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': {
			struct buf b = { 0, 0, 0, 0 };
			int r = scan_float_token(&in, &b);
			if (r == 1 && append(&b, 0))
				r = -2;
			if (r == 1 && dest)
				__decode_float(b.p, b.len - 1, len == LEN_BIG_L ? SF_LDOUBLE : len == LEN_L ? SF_DOUBLE : SF_FLOAT, dest);
			free(b.p);
			if (r == EOF)
				goto input_failure;
			if (r == -2) {
				errno = ENOMEM;
				result = EOF;
				goto out;
			}
			if (!r)
				goto done;
			break;
		}
		case 's': case 'c': case '[': {
			if (conv == '[') {
				const char *e = scanset(f + 1, &st);
				if (!e)
					goto done;
				f = e;
			} else if (conv == 's') {
				memset(set, 1, 256);
				for (int c = '\t'; c <= '\r'; c++)
					set[c] = 0;
				set[' '] = 0;
			} else {
				memset(set, 1, 256);
				if (!width)
					in.left = 1;
			}
			if (len == LEN_L || in.wide) {
				/* the width counts characters here, not bytes */
				in.left = SIZE_MAX;
				int r = scan_chars(&in, conv, &st, width, dest, alloc, len != LEN_L);
				if (r == EOF)
					goto input_failure;
				if (!r)
					goto done;
				break;
			}
			struct buf b = { 0, 0, 0, 0 };
			if (!dest || !alloc) {
				/* into the caller's array, or only counted */
				b.p = dest;
				b.cap = SIZE_MAX;
				b.fixed = 1;
			}
			int c;
			while ((c = next(&in)) != EOF && set[c])
				if (append(&b, (char)c))
					break;
			if (c != EOF && !set[c])
				back(&in, c);
			if (conv == 'c' && in.left && b.len < (width ? width : 1)) {
				/* %c wants all its bytes */
				if (alloc)
					free(b.p);
				if (!b.len)
					goto input_failure;
				goto done;
			}
			if (!b.len) {
				if (alloc)
					free(b.p);
				if (c == EOF)
					goto input_failure;
				goto done;
			}
			if (dest && conv != 'c' && append(&b, 0)) {
				errno = ENOMEM;
				result = EOF;
				goto out;
			}
			if (alloc && dest)
				*(char **)dest = b.p;
			else if (alloc)
				free(b.p);
			break;
		}
		default:
			goto done;
		}
		converted = 1;
		if (dest)
			assigned++;
	}
done:
	result = assigned;
	goto out;
input_failure:
	result = converted ? assigned : EOF;
out:
	va_end(ap);
	return result;
}
