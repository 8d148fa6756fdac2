#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isprint_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isprint(c);
}

weak_alias(__isprint_l, isprint_l);
