#include <monetary.h>
#include <stdarg.h>
#include "locale_impl.h"

/* All our locales format money alike, so loc only has to be valid. */
ssize_t strfmon_l(char *__restrict s, size_t max, locale_t loc, const char *__restrict fmt, ...)
{
	(void)loc;
	va_list ap;
	va_start(ap, fmt);
	ssize_t r = __vstrfmon(s, max, fmt, ap);
	va_end(ap);
	return r;
}
