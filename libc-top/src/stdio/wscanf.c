#include "scan_impl.h"

int wscanf(const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}

weak_alias(wscanf, __isoc99_wscanf);
