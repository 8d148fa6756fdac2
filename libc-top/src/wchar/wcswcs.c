#include <wchar.h>

/* The name XSI used for wcsstr. */
wchar_t *wcswcs(const wchar_t *h, const wchar_t *n)
{
	return wcsstr(h, n);
}
