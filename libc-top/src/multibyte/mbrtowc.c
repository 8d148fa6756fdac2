#include <errno.h>
#include <wchar.h>
#include "multibyte_impl.h"

size_t mbrtowc(wchar_t *restrict wc, const char *restrict src, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	if (!st)
		st = &internal;
	if (!src) {
		wc = NULL;
		src = "";
		n = 1;
	}
	if (!n)
		return (size_t)-2;
	const unsigned char *s = (const void *)src;
	unsigned want = mb_wanted(st), value = st->__opaque1 >> 3;
	unsigned lo = st->__opaque2 & 0xff, hi = st->__opaque2 >> 8;
	size_t i = 0;

	if (!want) {
		unsigned b = s[i++];
		lo = 0x80;
		hi = 0xbf;
		if (b < 0x80) {
			value = b;
		} else if (b - 0xc2 < 0x1e) {
			want = 1;
			value = b & 0x1f;
		} else if (b - 0xe0 < 0x10) {
			want = 2;
			value = b & 0x0f;
			if (b == 0xe0)
				lo = 0xa0;      /* below is overlong */
			else if (b == 0xed)
				hi = 0x9f;      /* above are surrogates */
		} else if (b - 0xf0 < 5) {
			want = 3;
			value = b & 0x07;
			if (b == 0xf0)
				lo = 0x90;      /* below is overlong */
			else if (b == 0xf4)
				hi = 0x8f;      /* above is past U+10FFFF */
		} else {
			goto bad;
		}
	}
	for (; want; want--, i++) {
		if (i == n) {
			st->__opaque1 = value << 3 | want;
			st->__opaque2 = lo | hi << 8;
			return (size_t)-2;
		}
		unsigned b = s[i];
		if (b < lo || b > hi)
			goto bad;
		value = value << 6 | (b & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	st->__opaque1 = st->__opaque2 = 0;
	if (wc)
		*wc = (wchar_t)value;
	return value ? i : 0;

bad:
	st->__opaque1 = st->__opaque2 = 0;
	errno = EILSEQ;
	return (size_t)-1;
}
