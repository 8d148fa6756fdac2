#include <dirent.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

DIR *__wasilibc_nocwd_opendirat(int dirfd, const char *path)
{
	if (__nocwd_dirfd(dirfd))
		return 0;
	return opendirat(dirfd, path);
}
