#include <wchar.h>
#include "stdio_impl.h"

int swprintf(wchar_t *restrict dst, size_t n, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswprintf(dst, n, fmt, ap);
	va_end(ap);
	return r;
}
