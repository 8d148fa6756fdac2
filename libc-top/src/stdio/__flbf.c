#include <stdio_ext.h>
#include "stdio_impl.h"

int __flbf(FILE *f)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	return f->mode == _IOLBF;
}
