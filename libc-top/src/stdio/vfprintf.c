#include <string.h>
#include "stdio_impl.h"

/* A buffered stream takes the formatter's pieces as they come (they are
   already gathered into runs of up to 120 bytes); for an unbuffered one
   they are gathered here first, since each piece it takes is a write. */
struct file_sink {
	struct __fmt_sink base;
	FILE *f;
	int failed;
	int direct;
	size_t len;
	unsigned char buf[256];
};

static void drain(struct file_sink *s)
{
	if (s->len && __fwritex(s->buf, s->len, s->f) != s->len)
		s->failed = 1;
	s->len = 0;
}

static void put(struct __fmt_sink *base, const char *p, size_t n)
{
	struct file_sink *s = (struct file_sink *)base;
	if (s->direct) {
		if (__fwrite_bytes((const unsigned char *)p, n, s->f) != n)
			s->failed = 1;
		return;
	}
	if (n > sizeof s->buf - s->len) {
		drain(s);
		if (n >= sizeof s->buf) {
			if (__fwritex((const unsigned char *)p, n, s->f) != n)
				s->failed = 1;
			return;
		}
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	if (!__stdio_orient(f, -1))
		return -1;
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	/* Not an initializer: that would zero the buffer too. */
	struct file_sink s;
	s.base.emit = put;
	s.base.wide = 0;
	s.f = f;
	s.failed = 0;
	s.direct = f->mode != _IONBF;
	s.len = 0;
	int r = __vformat(&s.base, fmt, ap);
	drain(&s);
	return s.failed ? -1 : r;
}
