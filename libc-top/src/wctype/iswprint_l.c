#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswprint_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswprint(c);
}

weak_alias(__iswprint_l, iswprint_l);
