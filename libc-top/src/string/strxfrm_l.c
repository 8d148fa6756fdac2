#include <string.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
size_t __strxfrm_l(char *restrict d, const char *restrict s, size_t n, struct __locale_struct *loc)
{
	(void)loc;
	return strxfrm(d, s, n);
}

weak_alias(__strxfrm_l, strxfrm_l);
