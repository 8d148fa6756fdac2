#include <dirent.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_scandirat(int dirfd, const char *path, struct dirent ***out,
	int (*keep)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	if (__nocwd_dirfd(dirfd))
		return -1;
	return scandirat(dirfd, path, out, keep, cmp);
}
