#include <stdio.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_renameat(int olddirfd, const char *old, int newdirfd, const char *new)
{
	if (__nocwd_dirfd(olddirfd) || __nocwd_dirfd(newdirfd))
		return -1;
	return renameat(olddirfd, old, newdirfd, new);
}
