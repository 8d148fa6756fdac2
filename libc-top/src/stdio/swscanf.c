#include "scan_impl.h"

int swscanf(const wchar_t *restrict str, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswscanf(str, fmt, ap);
	va_end(ap);
	return r;
}

weak_alias(swscanf, __isoc99_swscanf);
