#include <wchar.h>

/* Pads with L'\0' up to n; returns the end of the copy, or d + n. */
wchar_t *wcpncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t len = wcsnlen(s, n);
	wmemcpy(d, s, len);
	wmemset(d + len, 0, n - len);
	return d + len;
}
