/* creat(path, mode) is open(path, O_WRONLY|O_CREAT|O_TRUNC, mode). */

#include <fcntl.h>

int __libc_openat(int, const char *, int);

int creat(const char *path, mode_t mode)
{
	(void)mode;
	return __libc_openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC);
}
