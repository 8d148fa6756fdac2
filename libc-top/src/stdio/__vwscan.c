#include <stdlib.h>
#include "format_impl.h"
#include "scan_impl.h"

/* The wide scanf functions' way into the scanf core: the format as UTF-8,
   and a source marked wide. See __vscan. An unencodable format is an
   input failure before the first conversion. */
int __vwscan(struct __scan_src *src, const wchar_t *fmt, va_list ap)
{
	char small[256];
	char *u = __fmt_wcs_utf8(fmt, small, sizeof small);
	if (!u)
		return EOF;
	src->wide = 1;
	int r = __vscan(src, u, ap);
	if (u != small)
		free(u);
	return r;
}
