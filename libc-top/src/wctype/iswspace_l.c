#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswspace_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswspace(c);
}

weak_alias(__iswspace_l, iswspace_l);
