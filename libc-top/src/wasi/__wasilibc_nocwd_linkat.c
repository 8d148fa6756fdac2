#include <unistd.h>
#include <wasi/libc-nocwd.h>
#include "wasi_impl.h"

int __wasilibc_nocwd_linkat(int olddirfd, const char *old, int newdirfd, const char *new, int flags)
{
	if (__nocwd_dirfd(olddirfd) || __nocwd_dirfd(newdirfd))
		return -1;
	return linkat(olddirfd, old, newdirfd, new, flags);
}
