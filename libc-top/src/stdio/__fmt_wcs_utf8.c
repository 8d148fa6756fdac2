#include <errno.h>
#include <stdlib.h>
#include "format_impl.h"

char *__fmt_wcs_utf8(const wchar_t *ws, char *small, size_t size)
{
	char tmp[4], *u = small;
	size_t n = 0, k;
	for (const wchar_t *w = ws; *w; w++) {
		if (!(k = __fmt_utf8(tmp, (uint32_t)*w))) {
			errno = EILSEQ;
			return NULL;
		}
		n += k;
	}
	if (n >= size && !(u = malloc(n + 1))) {
		errno = ENOMEM;
		return NULL;
	}
	n = 0;
	for (const wchar_t *w = ws; *w; w++)
		n += __fmt_utf8(u + n, (uint32_t)*w);
	u[n] = 0;
	return u;
}
