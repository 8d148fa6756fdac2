#include <string.h>
#include "stdio_impl.h"

struct string_sink {
	struct __fmt_sink base;
	char *dst;
	size_t room; /* bytes that may still be stored, not counting the '\0' */
};

static void put(struct __fmt_sink *base, const char *p, size_t n)
{
	struct string_sink *s = (struct string_sink *)base;
	size_t k = n < s->room ? n : s->room;
	memcpy(s->dst, p, k);
	s->dst += k;
	s->room -= k;
}

int vsnprintf(char *restrict dst, size_t n, const char *restrict fmt, va_list ap)
{
	struct string_sink s = { { put, 0, 0 }, dst, n ? n - 1 : 0 };
	int r = __vformat(&s.base, fmt, ap);
	if (n && r >= 0)
		*s.dst = 0;
	return r;
}
