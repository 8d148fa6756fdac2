#include <wchar.h>

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int wcscasecmp_l(const wchar_t *a, const wchar_t *b, struct __locale_struct *loc)
{
	(void)loc;
	return wcscasecmp(a, b);
}
