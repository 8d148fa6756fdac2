/*
 * fcntl is variadic, which stable Rust cannot define; this reads the one
 * int argument that every supported command takes (or ignores) and hands
 * over to __libc_fcntl, in the bottom half's fcntl_ops module.
 */

#include <fcntl.h>
#include <stdarg.h>

int __libc_fcntl(int, int, int);

int fcntl(int fd, int cmd, ...)
{
	int arg = 0;

	if (cmd == F_SETFD || cmd == F_SETFL || cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
		va_list ap;
		va_start(ap, cmd);
		arg = va_arg(ap, int);
		va_end(ap);
	}
	return __libc_fcntl(fd, cmd, arg);
}

/* __libc_fcntl's reading of FD_CLOEXEC. */
_Static_assert(FD_CLOEXEC == 1, "FD_CLOEXEC is 1 in the bottom half");
