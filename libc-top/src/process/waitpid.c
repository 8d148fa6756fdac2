#include <errno.h>
#include <sys/wait.h>

/* There are never children to wait for (fork fails): ECHILD, as POSIX
   says for a process without children. */
pid_t waitpid(pid_t pid, int *status, int options)
{
	(void)pid, (void)status, (void)options;
	errno = ECHILD;
	return -1;
}
