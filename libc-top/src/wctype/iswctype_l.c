#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswctype_l(wint_t c, wctype_t t, struct __locale_struct *loc)
{
	(void)loc;
	return iswctype(c, t);
}

weak_alias(__iswctype_l, iswctype_l);
