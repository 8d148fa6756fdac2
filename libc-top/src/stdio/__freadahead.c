#include <stdio_ext.h>
#include "stdio_impl.h"

size_t __freadahead(FILE *f)
{
	return f->rlen - f->rpos;
}
