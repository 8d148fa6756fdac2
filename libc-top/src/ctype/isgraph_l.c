#include <ctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __isgraph_l(int c, struct __locale_struct *loc)
{
	(void)loc;
	return isgraph(c);
}

weak_alias(__isgraph_l, isgraph_l);
