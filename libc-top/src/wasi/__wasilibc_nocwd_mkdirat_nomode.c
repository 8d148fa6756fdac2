#include <sys/stat.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

/* WASI has no permission bits, so there is no mode to pass. */
int __wasilibc_nocwd_mkdirat_nomode(int dirfd, const char *path)
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return mkdirat(dirfd, path, 0777);
}
