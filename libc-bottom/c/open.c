/*
 * open, openat and creat. They are C because open and openat are variadic
 * (the mode comes only with O_CREAT), which stable Rust cannot define; the
 * work is __libc_openat, in the bottom half's fcntl module. WASI has no
 * permission bits, so the mode is never fetched.
 */

#include <fcntl.h>

int __libc_openat(int, const char *, int);

int open(const char *path, int flags, ...)
{
	return __libc_openat(AT_FDCWD, path, flags);
}
