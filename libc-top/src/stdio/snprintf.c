#include <stdarg.h>
#include <stdio.h>

int snprintf(char *restrict dst, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprintf(dst, n, fmt, ap);
	va_end(ap);
	return r;
}
