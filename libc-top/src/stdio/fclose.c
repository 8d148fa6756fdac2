#include <stdlib.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Fails if buffered output cannot be written, if the descriptor does not
   close, or if a write on this stream failed since the error flag was last
   cleared: a program that checks only fclose still learns that output was
   lost. (A failed read or a write refused on a read-only stream lost
   nothing, so it does not count.) */
int fclose(FILE *f)
{
	int r = __stdio_sync(f);
	if (f->flags & F_WERR)
		r = EOF;
	if (f->ops ? f->ops->close(f) : __libc_close(f->fd))
		r = EOF;
	__stdio_unlist(f);
	if (f->flags & F_BUFALLOC)
		free(f->buf);
	if (f->flags & F_ALLOC) {
		free(f);
	} else {
		/* A standard stream stays in memory; make later use fail
		   cleanly rather than reach whatever gets its descriptor. */
		f->fd = -1;
		f->buf = NULL;
		f->size = f->wlen = f->wcap = f->rpos = f->rlen = 0;
		f->mode = _IONBF;
	}
	return r;
}
