#include <stdarg.h>
#include <stdio.h>

int sprintf(char *restrict dst, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsprintf(dst, fmt, ap);
	va_end(ap);
	return r;
}
