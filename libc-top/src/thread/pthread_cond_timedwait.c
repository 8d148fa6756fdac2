#include <errno.h>
#include "thread_impl.h"

/* Nothing can signal the condition, so the wait ends at the deadline,
   with the mutex (released and taken again in POSIX's terms) held. */
int __pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
			     const struct timespec *restrict at)
{
	if (!MUTEX_COUNT(m))
		return EPERM;
	clockid_t clock = COND_CLOCK(c) ? (clockid_t)COND_CLOCK(c) : CLOCK_REALTIME;
	return __thread_wait_until(clock, at);
}

weak_alias(__pthread_cond_timedwait, pthread_cond_timedwait);
