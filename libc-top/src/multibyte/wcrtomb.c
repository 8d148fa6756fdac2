#include <errno.h>
#include <wchar.h>
#include "multibyte_impl.h"

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
	(void)st;
	if (!s)
		return 1;
	unsigned c = (unsigned)wc;
	unsigned char *d = (unsigned char *)s;
	if (c < 0x80) {
		d[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		d[0] = (unsigned char)(0xc0 | c >> 6);
		d[1] = (unsigned char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		if (c - 0xd800 < 0x800)
			goto bad;
		d[0] = (unsigned char)(0xe0 | c >> 12);
		d[1] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		d[2] = (unsigned char)(0x80 | (c & 0x3f));
		return 3;
	}
	if (c < 0x110000) {
		d[0] = (unsigned char)(0xf0 | c >> 18);
		d[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
		d[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		d[3] = (unsigned char)(0x80 | (c & 0x3f));
		return 4;
	}
bad:
	errno = EILSEQ;
	return (size_t)-1;
}
