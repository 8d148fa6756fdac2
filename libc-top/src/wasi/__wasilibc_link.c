#include <fcntl.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_link(const char *old, const char *new, int flags)
{
	return linkat(AT_FDCWD, old, AT_FDCWD, new, flags);
}
