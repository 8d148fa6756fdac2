#include "stdio_impl.h"

int fflush(FILE *f)
{
	if (f)
		return __stdio_flush(f);
	int r = 0;
	for (f = __stdio_list; f; f = f->next)
		if (__stdio_flush(f))
			r = EOF;
	return r;
}
