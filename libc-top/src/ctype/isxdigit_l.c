#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isxdigit_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isxdigit(c);
}

weak_alias(__isxdigit_l, isxdigit_l);
