#include <stdio_ext.h>
#include "stdio_impl.h"

void _flushlbf(void)
{
	for (FILE *f = __stdio_list; f; f = f->next)
		if (f->mode == _IOLBF)
			__stdio_flush(f);
}
