#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswxdigit_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswxdigit(c);
}

weak_alias(__iswxdigit_l, iswxdigit_l);
