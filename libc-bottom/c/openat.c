/* See open.c. */

#include <fcntl.h>

int __libc_openat(int, const char *, int);

int openat(int dirfd, const char *path, int flags, ...)
{
	return __libc_openat(dirfd, path, flags);
}
