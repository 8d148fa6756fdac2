#include <errno.h>
#include <stdlib.h>
#include "stdio_impl.h"

/* Meant to be called before any other operation on the stream; anything
   buffered by then is written or given back first, so nothing is lost.
   With no buffer given, the stream keeps the one it has, or gets one. */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return EOF;
	}
	__stdio_sync(f);
	if (f->rlen)
		return EOF;
	if (buf && size) {
		if (f->flags & F_BUFALLOC)
			free(f->buf);
		f->flags &= ~F_BUFALLOC;
		f->buf = (unsigned char *)buf;
		f->size = size;
	} else if (mode != _IONBF && (!f->buf || f->buf == f->tiny)) {
		unsigned char *b = malloc(F_BUFSIZE);
		if (!b)
			return EOF;
		f->buf = b;
		f->size = F_BUFSIZE;
		f->flags |= F_BUFALLOC;
	}
	f->mode = mode;
	f->wcap = 0;
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	return 0;
}
