#include <fcntl.h>
#include <wasi/libc.h>

int __wasilibc_openat_nomode(int dirfd, const char *path, int flags)
{
	return openat(dirfd, path, flags);
}
