#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int flags = __stdio_oflags(mode);
	if (flags < 0)
		return NULL;
	int fd = __libc_openat(AT_FDCWD, path, flags);
	if (fd < 0)
		return NULL;
	FILE *f = __stdio_new(fd, flags, F_BUFSIZE, 0);
	if (!f) {
		__libc_close(fd);
		errno = ENOMEM;
		return NULL;
	}
	/* A write-only append stream starts at the end, so that ftell says
	   where its first write will go. */
	if ((f->flags & (F_APP | F_NORD)) == (F_APP | F_NORD))
		__libc_lseek(fd, 0, SEEK_END);
	return f;
}
