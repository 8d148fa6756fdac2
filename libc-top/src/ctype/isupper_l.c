#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isupper_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isupper(c);
}

weak_alias(__isupper_l, isupper_l);
