#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __islower_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return islower(c);
}

weak_alias(__islower_l, islower_l);
