#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isalnum_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isalnum(c);
}

weak_alias(__isalnum_l, isalnum_l);
