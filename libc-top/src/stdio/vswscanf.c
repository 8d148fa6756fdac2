#include "format_impl.h"
#include "scan_impl.h"

/* Feeds the string's characters to the scanf core as UTF-8, one byte at a
   time, and can step back over every byte it gave. A character with no
   encoding is fed as a byte that no UTF-8 has, which fails the directive
   that meets it. */
struct wstring_src {
	struct __scan_src base;
	const wchar_t *next;    /* the character after the one in enc */
	unsigned char enc[4];
	size_t len, pos;        /* enc's length, and the next byte of it */
};

static void load(struct wstring_src *s, wchar_t c)
{
	s->len = __fmt_utf8((char *)s->enc, (uint32_t)c);
	if (!s->len) {
		s->enc[0] = 0xff;
		s->len = 1;
	}
}

static int get(struct __scan_src *base)
{
	struct wstring_src *s = (struct wstring_src *)base;
	if (s->pos == s->len) {
		if (!*s->next)
			return EOF;
		load(s, *s->next++);
		s->pos = 0;
	}
	return s->enc[s->pos++];
}

static void unget(struct __scan_src *base, int c)
{
	struct wstring_src *s = (struct wstring_src *)base;
	(void)c;
	if (!s->pos) {
		/* back into the character before: next[-1] is the one in enc */
		s->next--;
		load(s, s->next[-1]);
		s->pos = s->len;
	}
	s->pos--;
}

int vswscanf(const wchar_t *restrict str, const wchar_t *restrict fmt, va_list ap)
{
	struct wstring_src s = { .base = { get, unget, 1 }, .next = str };
	return __vwscan(&s.base, fmt, ap);
}

weak_alias(vswscanf, __isoc99_vswscanf);
