#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswpunct_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswpunct(c);
}

weak_alias(__iswpunct_l, iswpunct_l);
