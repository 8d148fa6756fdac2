#include <stdio_ext.h>
#include "stdio_impl.h"

/* Write-only, or with output pending or a write buffer open. */
int __fwriting(FILE *f)
{
	return (f->flags & F_NORD) || f->wlen || f->wcap;
}
