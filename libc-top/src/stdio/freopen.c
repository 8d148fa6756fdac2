#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"

/* The FILE and its buffer are kept; only what it is connected to changes.
   With no path the descriptor stays and only the stream's mode changes,
   as far as the descriptor allows (it cannot be asked here). On failure
   the stream is closed, as the standard says. */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int saved = errno;
	/* A failure to flush is ignored, as the standard says. */
	__stdio_sync(f);
	errno = saved;
	int flags = __stdio_oflags(mode);
	if (flags < 0)
		goto fail;
	if (path) {
		if (f->ops) {
			f->ops->close(f);
			f->ops = NULL;
			f->cookie = NULL;
		} else {
			__libc_close(f->fd);
		}
		f->fd = __libc_openat(AT_FDCWD, path, flags);
		if (f->fd < 0)
			goto fail;
	} else if (f->ops) {
		errno = EBADF;
		goto fail;
	}
	f->flags &= F_READY | F_ALLOC | F_BUFALLOC;
	if ((flags & O_RDWR) == O_RDONLY)
		f->flags |= F_NOWR;
	if ((flags & O_RDWR) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND)
		f->flags |= F_APP;
	f->wlen = f->wcap = f->rpos = f->rlen = 0;
	f->orient = 0;
	if (f->buf && f->buf != f->tiny) {
		int was = errno;
		f->mode = __isatty(f->fd) ? _IOLBF : _IOFBF;
		errno = was;
	}
	if ((f->flags & (F_APP | F_NORD)) == (F_APP | F_NORD))
		__libc_lseek(f->fd, 0, SEEK_END);
	errno = saved;
	return f;
fail:
	saved = errno;
	fclose(f);
	errno = saved;
	return NULL;
}
