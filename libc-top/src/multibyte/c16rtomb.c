#include <errno.h>
#include <uchar.h>
#include <wchar.h>

/* A high surrogate waits in st for its low half and writes nothing. */
size_t c16rtomb(char *restrict s, char16_t c, mbstate_t *restrict st)
{
	static mbstate_t internal;
	if (!st)
		st = &internal;
	if (!s) {
		if (st->__opaque1)
			goto bad;
		return 1;
	}
	unsigned high = st->__opaque1;
	if (high) {
		if (c - 0xdc00u >= 0x400)
			goto bad;
		st->__opaque1 = 0;
		return wcrtomb(s, (wchar_t)(0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00u)), NULL);
	}
	if (c - 0xd800u < 0x400) {
		st->__opaque1 = c;
		return 0;
	}
	if (c - 0xdc00u < 0x400)
		goto bad;
	return wcrtomb(s, (wchar_t)c, NULL);
bad:
	st->__opaque1 = 0;
	errno = EILSEQ;
	return (size_t)-1;
}
