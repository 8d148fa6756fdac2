#include <string.h>
#include "stdio_impl.h"

/* The byte goes into the input buffer just before the next one to be
   read: over the byte just read when there is one, otherwise the buffered
   input moves up to make room, which at least one byte always has. */
int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (!(f->flags & F_READY))
		__stdio_ready(f);
	if (f->flags & F_NORD)
		return EOF;
	if (f->wlen && __stdio_flush(f))
		return EOF;
	f->wcap = 0;
	if (!f->buf) {
		f->buf = f->tiny;
		f->size = sizeof f->tiny;
	}
	if (f->rpos) {
		f->rpos--;
	} else {
		if (f->rlen >= f->size)
			return EOF;
		memmove(f->buf + 1, f->buf, f->rlen);
		f->rlen++;
	}
	f->buf[f->rpos] = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}
