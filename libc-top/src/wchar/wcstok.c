#include <wchar.h>

wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict save)
{
	if (!s && !(s = *save))
		return NULL;
	s += wcsspn(s, sep);
	if (!*s) {
		*save = NULL;
		return NULL;
	}
	wchar_t *end = s + wcscspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = NULL;
	*save = end;
	return s;
}
