#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "stdio_impl.h"

/* The descriptor's own access mode cannot be read here, so a mode that
   asks for more than it allows shows up as a failed read or write. */
FILE *fdopen(int fd, const char *mode)
{
	int flags = __stdio_oflags(mode);
	if (flags < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st))
		return NULL;
	FILE *f = __stdio_new(fd, flags, F_BUFSIZE, 0);
	if (!f) {
		errno = ENOMEM;
		return NULL;
	}
	if ((f->flags & (F_APP | F_NORD)) == (F_APP | F_NORD)) {
		int saved = errno;
		__libc_lseek(fd, 0, SEEK_END);
		errno = saved;
	}
	return f;
}
