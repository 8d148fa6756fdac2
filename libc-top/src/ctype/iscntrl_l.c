#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iscntrl_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return iscntrl(c);
}

weak_alias(__iscntrl_l, iscntrl_l);
