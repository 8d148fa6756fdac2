#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __tolower_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return tolower(c);
}

weak_alias(__tolower_l, tolower_l);
