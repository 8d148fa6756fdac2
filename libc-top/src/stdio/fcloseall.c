#include "stdio_impl.h"

/* Closes every stream fopen and its relatives made. The standard streams
   are flushed but stay open, so that a later message still has somewhere
   to go. */
int fcloseall(void)
{
	int r = 0;
	FILE *next;
	for (FILE *f = __stdio_list; f; f = next) {
		next = f->next;
		if (f->flags & F_ALLOC ? fclose(f) : __stdio_flush(f))
			r = EOF;
	}
	return r;
}
