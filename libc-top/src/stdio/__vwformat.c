#include <errno.h>
#include <stdlib.h>
#include "format_impl.h"

/* The wide printf functions' way into the formatter: the format as UTF-8,
   on the stack when it is short. See __vformat. */
int __vwformat(struct __fmt_sink *sink, const wchar_t *fmt, va_list ap)
{
	char small[256], *u = small;
	size_t n = 0, k;
	char tmp[4];
	for (const wchar_t *w = fmt; *w; w++) {
		if (!(k = __fmt_utf8(tmp, (uint32_t)*w))) {
			errno = EILSEQ;
			return -1;
		}
		n += k;
	}
	if (n >= sizeof small && !(u = malloc(n + 1)))
		return -1;
	n = 0;
	for (const wchar_t *w = fmt; *w; w++)
		n += __fmt_utf8(u + n, (uint32_t)*w);
	u[n] = 0;
	sink->wide = 1;
	int r = __vformat(sink, u, ap);
	if (u != small)
		free(u);
	return r;
}
