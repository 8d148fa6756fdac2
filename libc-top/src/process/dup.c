#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* WASI preview 1 cannot duplicate a descriptor; a descriptor table of the
   libc's own will (docs/posix.md). A bad descriptor is still EBADF. */
int dup(int fd)
{
	if (fcntl(fd, F_GETFL) < 0)
		return -1;
	errno = ENOSYS;
	return -1;
}
