#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isdigit_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isdigit(c);
}

weak_alias(__isdigit_l, isdigit_l);
