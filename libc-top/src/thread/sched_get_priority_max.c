#include <errno.h>
#include <sched.h>

/* Every policy has the single priority 0. */
int sched_get_priority_max(int policy)
{
	if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
