/* fnmatch: shell patterns (XCU 2.14) over UTF-8 characters.

   A star is matched greedily and, on a later mismatch, the most recent
   star takes one more character and matching resumes after it. Earlier
   stars never need revisiting: whatever they could still absorb the later
   star can absorb too, and under FNM_PATHNAME no star crosses a '/', so
   the slashes fix where each segment lies. The cost is thus bounded by
   pattern length x string length. */
#include <fnmatch.h>
#include <string.h>
#include <wctype.h>
#include "regex_impl.h"

struct pat {
	const unsigned char *p;
	int flags;
};

static uint32_t fold(uint32_t c, int flags)
{
	return (flags & FNM_CASEFOLD) && c < RE_RAWBYTE ? (uint32_t)towlower(c) : c;
}

static int get(const unsigned char *s, uint32_t *c)
{
	return __re_decode(s, strnlen((const char *)s, 4), c);
}

/* A bracket expression at p (just past '['): 1 if c is in it, 0 if not,
   -1 if it is not one (no closing ']'), in which case '[' is literal.
   *end is set past the ']'. */
static int bracket(const unsigned char *p, uint32_t c, int flags, const unsigned char **end)
{
	int neg = 0, in = 0, first = 1;
	uint32_t cl = c < RE_RAWBYTE ? (uint32_t)towlower(c) : c;
	uint32_t cu = c < RE_RAWBYTE ? (uint32_t)towupper(c) : c;

	if (*p == '!' || *p == '^')
		neg = 1, p++;
	for (;;) {
		uint32_t lo, hi;

		if (!*p)
			return -1;
		if (*p == ']' && !first)
			break;
		first = 0;
		if (p[0] == '[' && p[1] == ':') {
			const unsigned char *q = p + 2;
			int k;
			while (*q && !(q[0] == ':' && q[1] == ']'))
				q++;
			if (!*q)
				return -1;
			k = __re_class_lookup((const char *)p + 2, q - p - 2);
			/* FNM_CASEFOLD leaves classes alone, as in glibc:
			   [[:upper:]] still matches only capitals. */
			if (k >= 0 && __re_class_test(k, c))
				in = 1;
			p = q + 2;
			continue;
		}
		if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
			/* A single character in [.c.] or [=c=]. */
			unsigned char kind = p[1];
			p += 2;
			p += get(p, &lo);
			if (p[0] != kind || p[1] != ']')
				return -1;
			p += 2;
		} else {
			if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
				p++;
			p += get(p, &lo);
		}
		hi = lo;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
				unsigned char kind = p[1];
				p += 2;
				p += get(p, &hi);
				if (p[0] != kind || p[1] != ']')
					return -1;
				p += 2;
			} else {
				if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
					p++;
				p += get(p, &hi);
			}
		}
		if ((c >= lo && c <= hi) ||
		    ((flags & FNM_CASEFOLD) && ((cl >= lo && cl <= hi) || (cu >= lo && cu <= hi))))
			in = 1;
	}
	*end = p + 1;
	return in != neg;
}

/* Is position s of the string one where a period is "leading"? */
static int leading(const unsigned char *str, const unsigned char *s, int flags)
{
	return (flags & FNM_PERIOD) && *s == '.' &&
	       (s == str || ((flags & FNM_PATHNAME) && s[-1] == '/'));
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	const unsigned char *p = (const unsigned char *)pattern;
	const unsigned char *str = (const unsigned char *)string, *s = str;
	const unsigned char *star_p = NULL, *star_s = NULL;

	for (;;) {
		uint32_t c, pc;
		int len, r;
		const unsigned char *next;

		if (*p == '*') {
			while (*p == '*')
				p++;
			if (leading(str, s, flags))
				return FNM_NOMATCH;
			star_p = p, star_s = s;
			continue;
		}
		if (!*p) {
			if (!*s || ((flags & FNM_LEADING_DIR) && *s == '/'))
				return 0;
			goto retry;
		}
		if (!*s)
			goto retry;
		len = get(s, &c);
		switch (*p) {
		case '?':
			if ((c == '/' && (flags & FNM_PATHNAME)) || leading(str, s, flags))
				goto retry;
			p++;
			break;
		case '[':
			if ((c == '/' && (flags & FNM_PATHNAME)) || leading(str, s, flags))
				goto retry;
			r = bracket(p + 1, c, flags, &next);
			if (r < 0)
				goto literal;
			if (!r)
				goto retry;
			p = next;
			break;
		case '\\':
			if (!(flags & FNM_NOESCAPE) && p[1])
				p++;
			/* fall through */
		default:
literal:
			p += get(p, &pc);
			if (fold(pc, flags) != fold(c, flags))
				goto retry;
		}
		s += len;
		continue;
retry:
		/* The last star takes one more character, never a '/' under
		   FNM_PATHNAME. */
		if (!star_p || !*star_s || (*star_s == '/' && (flags & FNM_PATHNAME)))
			return FNM_NOMATCH;
		star_s += get(star_s, &c);
		p = star_p, s = star_s;
	}
}
