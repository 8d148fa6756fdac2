#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswalnum_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswalnum(c);
}

weak_alias(__iswalnum_l, iswalnum_l);
