#include <unistd.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_faccessat(int dirfd, const char *path, int mode, int flags)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return faccessat(dirfd, path, mode, flags);
}
