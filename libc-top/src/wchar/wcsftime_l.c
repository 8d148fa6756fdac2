#include <wchar.h>

/* Every locale formats time as the C locale does. */
size_t wcsftime_l(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt,
	const struct tm *restrict tm, locale_t loc)
{
	(void)loc;
	return wcsftime(s, n, fmt, tm);
}
