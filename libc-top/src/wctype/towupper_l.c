#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
wint_t __towupper_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return towupper(c);
}

weak_alias(__towupper_l, towupper_l);
