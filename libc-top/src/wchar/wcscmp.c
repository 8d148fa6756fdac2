#include <wchar.h>

/* wchar_t is signed, and compares as such. */
int wcscmp(const wchar_t *l, const wchar_t *r)
{
	while (*l && *l == *r)
		l++, r++;
	return *l < *r ? -1 : *l > *r;
}
