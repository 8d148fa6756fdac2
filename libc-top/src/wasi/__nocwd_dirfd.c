#include <errno.h>
#include <fcntl.h>
#include "wasi_impl.h"

int __nocwd_dirfd(int fd)
{
	if (fd == AT_FDCWD) {
		errno = EBADF;
		return -1;
	}
	return 0;
}
