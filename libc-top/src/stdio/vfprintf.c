#include <string.h>
#include "stdio_impl.h"

/* Output is gathered here and handed to the stream in a few large pieces;
   for an unbuffered stream each piece is a separate write. */
struct file_sink {
	struct __fmt_sink base;
	FILE *f;
	int failed;
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
	struct file_sink s = { .base = { put, 0 }, .f = f };
	int r = __vformat(&s.base, fmt, ap);
	drain(&s);
	return s.failed ? -1 : r;
}
