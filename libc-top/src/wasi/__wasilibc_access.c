#include <fcntl.h>
#include <unistd.h>
#include <wasi/libc.h>

int __wasilibc_access(const char *path, int mode, int flags)
{
	return faccessat(AT_FDCWD, path, mode, flags);
}
