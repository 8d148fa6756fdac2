#include "stdio_impl.h"

off_t __ftello(FILE *f)
{
	off_t pos;
	if ((f->flags & F_APP) && f->wlen)
		pos = __stdio_seek(f, 0, SEEK_END);
	else
		pos = __stdio_seek(f, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	pos += (off_t)f->wlen - (off_t)(f->rlen - f->rpos);
	/* ungetc at the start of a file leaves the position indeterminate;
	   say 0 rather than a negative offset. */
	return pos < 0 ? 0 : pos;
}

weak_alias(__ftello, ftello);
