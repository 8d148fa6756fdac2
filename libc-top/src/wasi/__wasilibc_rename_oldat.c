#include <fcntl.h>
#include <stdio.h>
#include <wasi/libc.h>

int __wasilibc_rename_oldat(int olddirfd, const char *old, const char *new)
{
	return renameat(olddirfd, old, AT_FDCWD, new);
}
