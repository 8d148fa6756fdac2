#include <unistd.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_symlinkat(const char *target, int dirfd, const char *path)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return symlinkat(target, dirfd, path);
}
