#include <wchar.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
size_t __wcsxfrm_l(wchar_t *restrict d, const wchar_t *restrict s, size_t n, struct __locale_struct *loc)
{
	(void)loc;
	return wcsxfrm(d, s, n);
}

weak_alias(__wcsxfrm_l, wcsxfrm_l);
