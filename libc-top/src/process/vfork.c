#include <errno.h>
#include <unistd.h>

/* WASI preview 1 has no processes to create (docs/posix.md). */
pid_t vfork(void)
{
	errno = ENOSYS;
	return -1;
}
