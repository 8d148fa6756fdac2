#include <errno.h>
#include <sched.h>

int sched_get_priority_min(int policy)
{
	if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
