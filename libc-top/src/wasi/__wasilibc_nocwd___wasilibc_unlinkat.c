#include <unistd.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd___wasilibc_unlinkat(int dirfd, const char *path)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return unlinkat(dirfd, path, 0);
}
