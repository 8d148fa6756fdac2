#include <wchar.h>

#define TW_NAME wide_twoway
#define TW_T wchar_t
#define TW_KEY(c) (c)
#include "twoway_impl.h"

/* Linear time in the worst case (twoway_impl.h). */
wchar_t *wcsstr(const wchar_t *restrict h, const wchar_t *restrict n)
{
	size_t len = wcslen(n);
	if (!len)
		return (wchar_t *)h;
	h = wcschr(h, *n);
	if (!h)
		return NULL;
	return (wchar_t *)wide_twoway(h, wcslen(h), n, len);
}
