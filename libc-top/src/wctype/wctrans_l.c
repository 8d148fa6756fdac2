#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
wctrans_t __wctrans_l(const char *name, struct __locale_struct *loc)
{
	(void)loc;
	return wctrans(name);
}

weak_alias(__wctrans_l, wctrans_l);
