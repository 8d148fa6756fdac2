#include <sys/stat.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_fstatat(int dirfd, const char *__restrict path,
	struct stat *__restrict st, int flags)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return fstatat(dirfd, path, st, flags);
}
