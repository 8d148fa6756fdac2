#include <wchar.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __wcscoll_l(const wchar_t *a, const wchar_t *b, struct __locale_struct *loc)
{
	(void)loc;
	return wcscoll(a, b);
}

weak_alias(__wcscoll_l, wcscoll_l);
