#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __ispunct_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return ispunct(c);
}

weak_alias(__ispunct_l, ispunct_l);
