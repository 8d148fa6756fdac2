#include "scan_impl.h"

int sscanf(const char *restrict str, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsscanf(str, fmt, ap);
	va_end(ap);
	return r;
}

weak_alias(sscanf, __isoc99_sscanf);
