#include "stdio_impl.h"

/* fflush(NULL) writes what every stream has buffered; fflush(f) also gives
   back input that f read ahead, so the descriptor is where f is. */
int fflush(FILE *f)
{
	if (f)
		return __stdio_sync(f);
	int r = 0;
	for (f = __stdio_list; f; f = f->next)
		if (__stdio_flush(f))
			r = EOF;
	return r;
}

weak_alias(fflush, fflush_unlocked);
