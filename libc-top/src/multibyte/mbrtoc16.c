#include <uchar.h>
#include <wchar.h>
#include "multibyte_impl.h"

/* A character beyond U+FFFF comes out as two calls: the high surrogate
   with the bytes it took, then the low one, for no bytes, as (size_t)-3. */
size_t mbrtoc16(char16_t *restrict c, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	if (!st)
		st = &internal;
	if (!mb_wanted(st) && st->__opaque2) {
		if (c)
			*c = (char16_t)st->__opaque2;
		st->__opaque2 = 0;
		return (size_t)-3;
	}
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, st);
	if (r > 4 || !s)
		return r;
	if ((unsigned)wc >= 0x10000) {
		unsigned v = (unsigned)wc - 0x10000;
		st->__opaque2 = 0xdc00 | (v & 0x3ff);
		wc = (wchar_t)(0xd800 | v >> 10);
	}
	if (c)
		*c = (char16_t)wc;
	return r;
}
