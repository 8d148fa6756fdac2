#include <wchar.h>
#include "stdio_impl.h"

/* The formatter's UTF-8 comes back to wide characters here; a character
   may arrive split over two calls, which the conversion state carries. */
struct wstring_sink {
	struct __fmt_sink base;
	wchar_t *dst;
	size_t room;   /* characters that may still be stored, not the L'\0' */
	int overflow;
	mbstate_t st;
};

static void put(struct __fmt_sink *base, const char *p, size_t n)
{
	struct wstring_sink *s = (struct wstring_sink *)base;
	while (n) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, p, n, &s->st);
		if (k == (size_t)-2 || k == (size_t)-1)
			break;   /* the rest of a character comes next; -1 cannot happen */
		if (!k)
			k = 1;   /* %c of 0 */
		if (s->room) {
			*s->dst++ = wc;
			s->room--;
		} else {
			s->overflow = 1;
		}
		p += k;
		n -= k;
	}
}

/* Unlike vsnprintf, output that does not fit is a failure. */
int vswprintf(wchar_t *restrict dst, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	struct wstring_sink s = { .base = { put, 1, 0 }, .dst = dst, .room = n ? n - 1 : 0 };
	int r = __vwformat(&s.base, fmt, ap);
	if (n)
		*s.dst = 0;
	return r < 0 || s.overflow || !n ? -1 : r;
}
