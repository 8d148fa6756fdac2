#include <fcntl.h>
#include <unistd.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd___wasilibc_rmdirat(int dirfd, const char *path)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return unlinkat(dirfd, path, AT_REMOVEDIR);
}
