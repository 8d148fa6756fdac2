#include "scan_impl.h"

/* The stream's bytes go to the scanf core as they are, since they are
   UTF-8; but a character is first read whole (__stdio_getwc), so its
   bytes all stay in the buffer and the core can be given them back. */
struct wfile_src {
	struct __scan_src base;
	FILE *f;
	size_t pending;   /* bytes of the current character not yet given */
};

static int get(struct __scan_src *base)
{
	struct wfile_src *s = (struct wfile_src *)base;
	FILE *f = s->f;
	if (!s->pending) {
		size_t len;
		if (__stdio_getwc(f, &len) == (wint_t)WEOF)
			return EOF;
		f->rpos -= len;
		s->pending = len;
	}
	s->pending--;
	return f->buf[f->rpos++];
}

static void unget(struct __scan_src *base, int c)
{
	struct wfile_src *s = (struct wfile_src *)base;
	(void)c;
	s->f->rpos--;
	s->pending++;
}

int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	if (!__stdio_orient(f, 1))
		return EOF;
	struct wfile_src s = { .base = { get, unget, 1 }, .f = f };
	return __vwscan(&s.base, fmt, ap);
}

weak_alias(vfwscanf, __isoc99_vfwscanf);
