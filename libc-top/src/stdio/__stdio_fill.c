#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Refill an input buffer and return its first byte, or EOF. */
int __stdio_fill(FILE *f)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	if (f->flags & F_NORD) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->flags & F_EOF)
		return EOF;
	/* A prompt written to a line-buffered stream must be seen before the
	   program waits for the answer. */
	for (FILE *g = __stdio_list; g; g = g->next)
		if (g->mode == _IOLBF)
			__stdio_flush(g);
	ssize_t r = read(f->fd, f->buf, f->size);
	if (r <= 0) {
		f->flags |= r ? F_ERR : F_EOF;
		return EOF;
	}
	f->rpos = 1;
	f->rlen = (size_t)r;
	return f->buf[0];
}
