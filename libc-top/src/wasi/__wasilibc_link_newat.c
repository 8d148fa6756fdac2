#include <fcntl.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_link_newat(const char *old, int newdirfd, const char *new, int flags)
{
	return linkat(AT_FDCWD, old, newdirfd, new, flags);
}
