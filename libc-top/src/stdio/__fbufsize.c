#include <stdio_ext.h>
#include "stdio_impl.h"

size_t __fbufsize(FILE *f)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	return f->mode == _IONBF ? 0 : f->size;
}
