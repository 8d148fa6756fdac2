#include <unistd.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

ssize_t __wasilibc_nocwd_readlinkat(int dirfd, const char *__restrict path,
	char *__restrict buf, size_t len)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return readlinkat(dirfd, path, buf, len);
}
