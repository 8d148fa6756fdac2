#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

/* The list of streams in use, the function that adds to it and the one
   that flushes it at exit live together: any stream that was ever read or
   written went through __stdio_ready, so linking it is what makes the
   strong __stdio_exit replace exit()'s weak dummy. */

FILE *__stdio_list;

void __stdio_ready(FILE *f)
{
	if (f->mode == F_MODE_UNSET) {
		/* Choosing a mode is not an error; keep errno as isatty found it. */
		int saved = errno;
		f->mode = __isatty(f->fd) ? _IOLBF : _IOFBF;
		errno = saved;
	}
	if (!f->buf)
		f->mode = _IONBF;
	f->next = __stdio_list;
	__stdio_list = f;
	f->flags |= F_READY;
}

void __stdio_unlist(FILE *f)
{
	for (FILE **p = &__stdio_list; *p; p = &(*p)->next)
		if (*p == f) {
			*p = f->next;
			break;
		}
	f->flags &= ~F_READY;
}

void __stdio_exit(void)
{
	for (FILE *f = __stdio_list; f; f = f->next)
		__stdio_flush(f);
}
