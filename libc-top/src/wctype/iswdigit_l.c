#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswdigit_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswdigit(c);
}

weak_alias(__iswdigit_l, iswdigit_l);
