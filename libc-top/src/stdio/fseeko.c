#include <errno.h>
#include "stdio_impl.h"

int __fseeko(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wlen && __stdio_flush(f))
		return -1;
	/* The descriptor is ahead of the program by the unread input. */
	if (whence == SEEK_CUR)
		off -= (off_t)(f->rlen - f->rpos);
	if (__stdio_seek(f, off, whence) < 0)
		return -1;
	f->rpos = f->rlen = 0;
	f->flags &= ~F_EOF;
	return 0;
}

weak_alias(__fseeko, fseeko);
