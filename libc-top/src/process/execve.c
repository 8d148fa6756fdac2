#include <errno.h>
#include <unistd.h>

/* WASI preview 1 cannot run another program (docs/posix.md). */
int execve(const char *path, char *const argv[], char *const envp[])
{
	(void)path, (void)argv, (void)envp;
	errno = ENOSYS;
	return -1;
}
