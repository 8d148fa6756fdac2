#include <stdio_ext.h>
#include "stdio_impl.h"

/* In bytes, also for a wide stream, as glibc counts them. */
size_t __fpending(FILE *f)
{
	return f->wlen;
}
