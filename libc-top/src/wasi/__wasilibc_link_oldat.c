#include <fcntl.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_link_oldat(int olddirfd, const char *old, const char *new, int flags)
{
	return linkat(olddirfd, old, AT_FDCWD, new, flags);
}
