#include <wchar.h>

wchar_t *wcsstr(const wchar_t *restrict h, const wchar_t *restrict n)
{
	size_t len = wcslen(n);
	if (!len)
		return (wchar_t *)h;
	for (; (h = wcschr(h, *n)); h++)
		if (!wmemcmp(h, n, len))
			return (wchar_t *)h;
	return NULL;
}
