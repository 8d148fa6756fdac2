#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Every read from a stream's source passes here: one call of at most n
   bytes. Returns the count; 0 means end of file or an error, and the
   stream's flag says which. */
size_t __stdio_get(FILE *f, unsigned char *d, size_t n)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	if (f->flags & F_NORD) {
		f->flags |= F_ERR;
		errno = EBADF;
		return 0;
	}
	/* Output still buffered is written before the stream turns to input. */
	if (f->wlen && __stdio_flush(f))
		return 0;
	f->wcap = 0;
	if (f->flags & F_EOF)
		return 0;
	/* A prompt written to a line-buffered stream must be seen before the
	   program waits for the answer. */
	for (FILE *g = __stdio_list; g; g = g->next)
		if (g->mode == _IOLBF)
			__stdio_flush(g);
	ssize_t r = f->ops ? f->ops->read(f, d, n) : __libc_read(f->fd, d, n);
	if (r <= 0) {
		f->flags |= r ? F_ERR : F_EOF;
		return 0;
	}
	return (size_t)r;
}
