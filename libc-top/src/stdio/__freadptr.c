#include <stdio_ext.h>
#include "stdio_impl.h"

/* The buffered input, or NULL when there is none. */
const char *__freadptr(FILE *f, size_t *sizep)
{
	if (f->rpos == f->rlen)
		return NULL;
	*sizep = f->rlen - f->rpos;
	return (const char *)f->buf + f->rpos;
}
