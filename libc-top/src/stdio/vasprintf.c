#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* Grows a heap buffer as output arrives; one allocation failure makes the
   whole call fail. */
struct heap_sink {
	struct __fmt_sink base;
	char *buf;
	size_t len, cap;
	int failed;
};

static void put(struct __fmt_sink *base, const char *p, size_t n)
{
	struct heap_sink *s = (struct heap_sink *)base;
	if (s->failed)
		return;
	if (n >= s->cap - s->len) {
		size_t cap = s->cap * 2;
		if (cap < s->len + n + 1)
			cap = s->len + n + 1;
		char *b = realloc(s->buf, cap);
		if (!b) {
			s->failed = 1;
			return;
		}
		s->buf = b;
		s->cap = cap;
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
}

int vasprintf(char **restrict out, const char *restrict fmt, va_list ap)
{
	struct heap_sink s = { { put, 0, 0 }, malloc(64), 0, 64, 0 };
	if (!s.buf)
		return -1;
	int r = __vformat(&s.base, fmt, ap);
	if (r >= 0 && s.failed) {
		errno = ENOMEM;
		r = -1;
	}
	if (r < 0) {
		free(s.buf);
		return -1;
	}
	s.buf[s.len] = 0;
	*out = s.buf;
	return r;
}
