#include <errno.h>
#include <sched.h>
#include <unistd.h>

/* SCHED_OTHER has the one priority 0. */
int sched_setparam(pid_t pid, const struct sched_param *param)
{
	if (pid != 0 && pid != getpid()) {
		errno = ESRCH;
		return -1;
	}
	if (param->sched_priority != 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
