#include <errno.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include "libc.h"
#include "net_impl.h"

/* What bind, connect and listen can say about a descriptor before failing:
   not open (EBADF), not a socket (ENOTSOCK), or a socket preview 1 has no
   call for (ENOSYS). Always -1. */
hidden int __socket_unsupported(int fd)
{
	struct stat st;
	if (fstat(fd, &st) == 0)
		errno = S_ISSOCK(st.st_mode) ? ENOSYS : ENOTSOCK;
	return -1;
}
