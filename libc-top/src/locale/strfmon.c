#include <monetary.h>
#include <stdarg.h>
#include "locale_impl.h"

ssize_t strfmon(char *__restrict s, size_t max, const char *__restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ssize_t r = __vstrfmon(s, max, fmt, ap);
	va_end(ap);
	return r;
}
