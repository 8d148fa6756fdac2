#include <fcntl.h>
#include <wasi/libc.h>

/* open without the variadic mode, which WASI would ignore anyway. */
int __wasilibc_open_nomode(const char *path, int flags)
{
	return open(path, flags);
}
