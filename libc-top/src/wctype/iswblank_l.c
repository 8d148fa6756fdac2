#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswblank_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswblank(c);
}

weak_alias(__iswblank_l, iswblank_l);
