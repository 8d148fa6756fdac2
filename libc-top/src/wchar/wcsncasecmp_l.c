#include <wchar.h>

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int wcsncasecmp_l(const wchar_t *a, const wchar_t *b, size_t n, struct __locale_struct *loc)
{
	(void)loc;
	return wcsncasecmp(a, b, n);
}
