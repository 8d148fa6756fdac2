#include <wchar.h>

/* Only the C locale exists, where collation is code point order. */
int wcscoll(const wchar_t *l, const wchar_t *r)
{
	return wcscmp(l, r);
}
