#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswlower_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswlower(c);
}

weak_alias(__iswlower_l, iswlower_l);
