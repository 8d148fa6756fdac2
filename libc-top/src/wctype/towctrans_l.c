#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
wint_t __towctrans_l(wint_t c, wctrans_t t, struct __locale_struct *loc)
{
	(void)loc;
	return towctrans(c, t);
}

weak_alias(__towctrans_l, towctrans_l);
