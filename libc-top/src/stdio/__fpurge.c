#include <stdio_ext.h>
#include "stdio_impl.h"

/* Drops buffered output unwritten and buffered input unread, with
   whatever ungetc pushed back. */
int __fpurge(FILE *f)
{
	f->wlen = 0;
	f->rpos = f->rlen = 0;
	return 0;
}

weak_alias(__fpurge, fpurge);
