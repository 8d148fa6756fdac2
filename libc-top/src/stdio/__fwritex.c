#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

/* The one buffered write path. Returns the number of bytes accepted; fewer
   than n means the error flag is set. */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		errno = EBADF;
		return 0;
	}
	if (f->mode == _IONBF)
		return __stdio_put(f, s, n);
	if (n > f->size - f->wlen) {
		if (__stdio_flush(f))
			return 0;
		if (n >= f->size)
			return __stdio_put(f, s, n);
	}
	memcpy(f->buf + f->wlen, s, n);
	f->wlen += n;
	if (f->mode == _IOLBF && memchr(s, '\n', n) && __stdio_flush(f))
		return 0;
	return n;
}
