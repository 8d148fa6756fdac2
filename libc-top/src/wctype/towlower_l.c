#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
wint_t __towlower_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return towlower(c);
}

weak_alias(__towlower_l, towlower_l);
