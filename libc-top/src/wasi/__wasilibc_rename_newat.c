#include <fcntl.h>
#include <stdio.h>
#include <wasi/libc.h>

int __wasilibc_rename_newat(const char *old, int newdirfd, const char *new)
{
	return renameat(AT_FDCWD, old, newdirfd, new);
}
