#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswcntrl_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswcntrl(c);
}

weak_alias(__iswcntrl_l, iswcntrl_l);
