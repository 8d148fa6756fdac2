#include <stdlib.h>
#include <wchar.h>
#include "format_impl.h"

/* The wide printf functions' way into the formatter: the format as UTF-8,
   and a sink marked wide. See __vformat. */
int __vwformat(struct __fmt_sink *sink, const wchar_t *fmt, va_list ap)
{
	char small[256];
	char *u = __fmt_wcs_utf8(fmt, small, sizeof small);
	if (!u)
		return -1;
	sink->wide = 1;
	sink->decode = mbrtowc;
	int r = __vformat(sink, u, ap);
	if (u != small)
		free(u);
	return r;
}
