#include <stdint.h>
#include <wchar.h>

int wcsncasecmp(const wchar_t *, const wchar_t *, size_t);

int wcscasecmp(const wchar_t *l, const wchar_t *r)
{
	return wcsncasecmp(l, r, SIZE_MAX);
}
