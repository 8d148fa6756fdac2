#include "stdio_impl.h"

/* Bytes that could not be written are dropped: the error flag records the
   loss and a later flush must not repeat the failed write. */
int __stdio_flush(FILE *f)
{
	size_t n = f->wlen;
	if (!n)
		return 0;
	f->wlen = 0;
	return __stdio_put(f, f->buf, n) == n ? 0 : EOF;
}
