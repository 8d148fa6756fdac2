#include <wchar.h>

wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t len = wcsnlen(s, n);
	wchar_t *e = d + wcslen(d);
	wmemcpy(e, s, len);
	e[len] = 0;
	return d;
}
