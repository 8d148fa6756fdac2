#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Straight to a descriptor, through a small buffer and no FILE. */
struct fd_sink {
	struct __fmt_sink base;
	int fd;
	int failed;
	size_t len;
	char buf[256];
};

static void write_all(struct fd_sink *s, const char *p, size_t n)
{
	while (n && !s->failed) {
		ssize_t k = __libc_write(s->fd, p, n);
		if (k < 0)
			s->failed = 1;
		else {
			p += k;
			n -= (size_t)k;
		}
	}
}

static void put(struct __fmt_sink *base, const char *p, size_t n)
{
	struct fd_sink *s = (struct fd_sink *)base;
	if (n > sizeof s->buf - s->len) {
		write_all(s, s->buf, s->len);
		s->len = 0;
		if (n >= sizeof s->buf) {
			write_all(s, p, n);
			return;
		}
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
}

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	struct fd_sink s = { .base = { put, 0, 0 }, .fd = fd };
	int r = __vformat(&s.base, fmt, ap);
	write_all(&s, s.buf, s.len);
	return s.failed ? -1 : r;
}
