#include <errno.h>
#include "stdio_impl.h"

int remove(const char *path)
{
	if (!__libc_unlink(path))
		return 0;
	int e = errno;
	if (e != EISDIR && e != EPERM)
		return -1;
	if (!__libc_rmdir(path))
		return 0;
	/* Not a directory after all: unlink's reason is the one to give. */
	if (errno == ENOTDIR)
		errno = e;
	return -1;
}
