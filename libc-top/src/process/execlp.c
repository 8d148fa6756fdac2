#include <errno.h>
#include <unistd.h>

/* WASI preview 1 cannot run another program (docs/posix.md); the
   arguments are not even read. */
int execlp(const char *path, const char *arg, ...)
{
	(void)path, (void)arg;
	errno = ENOSYS;
	return -1;
}
