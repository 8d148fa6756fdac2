#include <fcntl.h>
#include <sys/stat.h>
#include <wasi/libc.h>

int __wasilibc_stat(const char *__restrict path, struct stat *__restrict st, int flags)
{
	return fstatat(AT_FDCWD, path, st, flags);
}
