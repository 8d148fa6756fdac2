#include <errno.h>
#include <sched.h>
#include <unistd.h>

/* Only this process (pid 0 or its own) exists, under SCHED_OTHER. */
int sched_getscheduler(pid_t pid)
{
	if (pid != 0 && pid != getpid()) {
		errno = ESRCH;
		return -1;
	}
	return SCHED_OTHER;
}
