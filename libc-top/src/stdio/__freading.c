#include <stdio_ext.h>
#include "stdio_impl.h"

/* Read-only, or holding input: a stream holds input from its first read
   until it turns to writing or seeks. */
int __freading(FILE *f)
{
	return (f->flags & F_NOWR) || f->rlen;
}
