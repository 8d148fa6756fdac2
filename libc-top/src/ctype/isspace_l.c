#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isspace_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isspace(c);
}

weak_alias(__isspace_l, isspace_l);
