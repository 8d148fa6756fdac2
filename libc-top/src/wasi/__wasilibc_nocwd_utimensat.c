#include <sys/stat.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_utimensat(int dirfd, const char *path, const struct timespec times[2],
	int flags)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return utimensat(dirfd, path, times, flags);
}
