#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isblank_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isblank(c);
}

weak_alias(__isblank_l, isblank_l);
