#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

/* The one buffered write path. Returns the number of bytes accepted; fewer
   than n means the error flag is set. The wide functions write their
   UTF-8 here too. */
size_t __fwrite_bytes(const unsigned char *s, size_t n, FILE *f)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		errno = EBADF;
		return 0;
	}
	if (f->rlen) {
		/* Turning from input to output: the standard asks for a seek
		   in between unless input ended, but be kind and write where
		   the program has read to. */
		__stdio_sync(f);
		f->rpos = f->rlen = 0;
	}
	if (f->mode == _IONBF)
		return __stdio_put(f, s, n);
	if (f->mode == _IOFBF)
		f->wcap = f->size;
	if (n > f->size - f->wlen) {
		if (__stdio_flush(f))
			return 0;
		if (n >= f->size)
			return __stdio_put(f, s, n);
	}
	__builtin_memcpy(f->buf + f->wlen, s, n);  /* inline, see fwrite */
	f->wlen += n;
	if (f->mode == _IOLBF && memchr(s, '\n', n) && __stdio_flush(f))
		return 0;
	return n;
}

/* The byte functions' way in: not on a wide stream. */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	if (!__stdio_orient(f, -1))
		return 0;
	return __fwrite_bytes(s, n, f);
}
