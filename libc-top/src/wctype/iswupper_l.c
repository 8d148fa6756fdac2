#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswupper_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswupper(c);
}

weak_alias(__iswupper_l, iswupper_l);
