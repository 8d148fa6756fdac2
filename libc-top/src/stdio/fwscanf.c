#include "scan_impl.h"

int fwscanf(FILE *restrict f, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

weak_alias(fwscanf, __isoc99_fwscanf);
