#include <string.h>
#include "stdio_impl.h"

/* Puts n bytes (at most a UTF-8 character's 4) back into the input buffer
   ahead of the next byte to be read, over bytes already read where there
   are enough of them, otherwise moving the buffered input up. Returns 0,
   or -1 when the stream cannot read or has no room. */
int __stdio_ungetbytes(FILE *f, const unsigned char *s, size_t n)
{
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	if (f->flags & F_NORD)
		return -1;
	if (f->wlen && __stdio_flush(f))
		return -1;
	f->wcap = 0;
	if (!f->buf) {
		f->buf = f->tiny;
		f->size = sizeof f->tiny;
	}
	if (f->rpos >= n) {
		f->rpos -= n;
	} else {
		size_t have = f->rlen - f->rpos;
		if (have > f->size - n)
			return -1;
		memmove(f->buf + n, f->buf + f->rpos, have);
		f->rpos = 0;
		f->rlen = have + n;
	}
	memcpy(f->buf + f->rpos, s, n);
	f->flags &= ~F_EOF;
	return 0;
}
