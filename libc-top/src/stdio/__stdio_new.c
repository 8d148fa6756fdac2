#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* A stream on fd, open as oflags says, in one allocation: the FILE, then
   `extra` zeroed bytes for the cookie, then a buffer of bufsize bytes (none
   makes the stream unbuffered). It is on the flush list at once, so that
   fcloseall and exit find it. */
FILE *__stdio_new(int fd, int oflags, size_t bufsize, size_t extra)
{
	/* The cookie may hold 64-bit fields. */
	size_t head = (sizeof(FILE) + 15) & ~(size_t)15;
	extra = (extra + 15) & ~(size_t)15;
	unsigned char *p = malloc(head + extra + bufsize);
	if (!p)
		return NULL;
	/* Zero the struct and the cookie, not the buffer. */
	memset(p, 0, head + extra);
	FILE *f = (FILE *)p;
	f->fd = fd;
	f->flags = F_ALLOC;
	if ((oflags & O_RDWR) == O_RDONLY)
		f->flags |= F_NOWR;
	if ((oflags & O_RDWR) == O_WRONLY)
		f->flags |= F_NORD;
	if (oflags & O_APPEND)
		f->flags |= F_APP;
	if (extra)
		f->cookie = p + head;
	if (bufsize) {
		f->buf = p + head + extra;
		f->size = bufsize;
		f->mode = F_MODE_UNSET;
	} else {
		f->mode = _IONBF;
	}
	__stdio_ready(f);
	return f;
}
