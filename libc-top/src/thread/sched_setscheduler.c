#include <errno.h>
#include <sched.h>
#include <unistd.h>

/* Returns the former policy, which is always SCHED_OTHER. The real-time
   policies are names for what this target cannot give: EPERM, as a
   system says to a process not allowed to use them. */
int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param)
{
	if (pid != 0 && pid != getpid()) {
		errno = ESRCH;
		return -1;
	}
	if (policy == SCHED_FIFO || policy == SCHED_RR) {
		errno = EPERM;
		return -1;
	}
	if (policy != SCHED_OTHER || param->sched_priority != 0) {
		errno = EINVAL;
		return -1;
	}
	return SCHED_OTHER;
}
