/*
 * ioctl is variadic, which stable Rust cannot define. Both requests WASI can
 * answer take a pointer to an int; it is fetched only for them, and the work
 * is __libc_ioctl, in the bottom half's ioctl module.
 */

#include <stdarg.h>
#include <stddef.h>
#include <sys/ioctl.h>

int __libc_ioctl(int, int, int *);

int ioctl(int fd, int request, ...)
{
	int *arg = NULL;

	if (request == FIONREAD || request == FIONBIO) {
		va_list ap;
		va_start(ap, request);
		arg = va_arg(ap, int *);
		va_end(ap);
	}
	return __libc_ioctl(fd, request, arg);
}
