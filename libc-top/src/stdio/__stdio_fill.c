#include "stdio_impl.h"

/* Refill an input buffer and return its first byte, or EOF. */
int __stdio_fill(FILE *f)
{
	if (!__stdio_orient(f, -1))
		return EOF;
	if (!f->buf) {
		f->buf = f->tiny;
		f->size = sizeof f->tiny;
	}
	/* An unbuffered stream takes no more than it is asked for. */
	size_t n = __stdio_get(f, f->buf, f->mode == _IONBF ? 1 : f->size);
	f->rpos = 0;
	f->rlen = n;
	if (!n)
		return EOF;
	f->rpos = 1;
	return f->buf[0];
}
