#include <errno.h>
#include "stdio_impl.h"

/* Bring the descriptor to where the program thinks the stream is: write
   what is buffered, and give back input read ahead (and with it anything
   ungetc pushed back). Where the source cannot seek, as with a pipe, the
   input stays buffered: dropping it would lose it. */
int __stdio_sync(FILE *f)
{
	if (f->wlen)
		return __stdio_flush(f);
	if (f->rpos < f->rlen) {
		int saved = errno;
		off_t back = (off_t)(f->rlen - f->rpos);
		if (__stdio_seek(f, -back, SEEK_CUR) < 0) {
			errno = saved;
			return 0;
		}
	}
	f->rpos = f->rlen = 0;
	return 0;
}
