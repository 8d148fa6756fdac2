#include <unistd.h>
#include <wasi/libc.h>

/* unlinkat for a file only: a directory is refused (EISDIR or EPERM, as
   the runtime says), never removed. */
int __wasilibc_unlinkat(int dirfd, const char *path)
{
	return unlinkat(dirfd, path, 0);
}
