#include <wchar.h>

int wcsncmp(const wchar_t *l, const wchar_t *r, size_t n)
{
	for (; n && *l && *l == *r; n--)
		l++, r++;
	return !n ? 0 : *l < *r ? -1 : *l > *r;
}
