#include <fcntl.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_openat_nomode(int dirfd, const char *path, int flags)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return openat(dirfd, path, flags);
}
