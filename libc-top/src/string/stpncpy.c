#include <string.h>
#include "libc.h"

/* Copies at most n bytes and pads with '\0' up to n; returns the end of
   the copied string, or dst + n when src did not fit. */
char *__stpncpy(char *restrict dst, const char *restrict src, size_t n)
{
	const char *end = memchr(src, 0, n);
	size_t len = end ? (size_t)(end - src) : n;
	memcpy(dst, src, len);
	memset(dst + len, 0, n - len);
	return dst + len;
}

weak_alias(__stpncpy, stpncpy);
