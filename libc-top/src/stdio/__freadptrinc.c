#include <stdio_ext.h>
#include "stdio_impl.h"

/* n is at most what __freadptr reported. */
void __freadptrinc(FILE *f, size_t n)
{
	f->rpos += n;
}
