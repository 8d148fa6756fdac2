#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswalpha_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswalpha(c);
}

weak_alias(__iswalpha_l, iswalpha_l);
