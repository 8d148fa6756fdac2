#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isalpha_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isalpha(c);
}

weak_alias(__isalpha_l, isalpha_l);
