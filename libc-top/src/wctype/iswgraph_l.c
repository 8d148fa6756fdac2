#include <wctype.h>
#include "libc.h"

struct __locale_struct;

/* Only the C locale exists, so every locale_t means it. */
int __iswgraph_l(wint_t c, struct __locale_struct *loc)
{
	(void)loc;
	return iswgraph(c);
}

weak_alias(__iswgraph_l, iswgraph_l);
