#include <errno.h>
#include "thread_impl.h"

/* Stored for a thread that will never be created, so every valid policy
   is accepted, as on a system that checks at creation. */
int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy)
{
	if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR)
		return EINVAL;
	ATTR_POLICY(a) = policy;
	return 0;
}
