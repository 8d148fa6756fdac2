#include <string.h>
#include "stdio_impl.h"

/* The stream's bytes are UTF-8, which is what the formatter makes, so the
   output goes to the stream as it comes, gathered as vfprintf does. */
struct wfile_sink {
	struct __fmt_sink base;
	FILE *f;
	int failed;
	size_t len;
	unsigned char buf[256];
};

static void drain(struct wfile_sink *s)
{
	if (s->len && __fwrite_bytes(s->buf, s->len, s->f) != s->len)
		s->failed = 1;
	s->len = 0;
}

static void put(struct __fmt_sink *base, const char *p, size_t n)
{
	struct wfile_sink *s = (struct wfile_sink *)base;
	if (n > sizeof s->buf - s->len) {
		drain(s);
		if (n >= sizeof s->buf) {
			if (__fwrite_bytes((const unsigned char *)p, n, s->f) != n)
				s->failed = 1;
			return;
		}
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
}

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	if (!__stdio_orient(f, 1))
		return -1;
	/* Not an initializer: that would zero the buffer too. */
	struct wfile_sink s;
	s.base.emit = put;
	s.base.wide = 1;
	s.f = f;
	s.failed = 0;
	s.len = 0;
	int r = __vwformat(&s.base, fmt, ap);
	drain(&s);
	return s.failed ? -1 : r;
}
