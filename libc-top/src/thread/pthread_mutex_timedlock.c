#include <errno.h>
#include "thread_impl.h"

/* A normal mutex held by its only thread waits out the deadline, as it
   would where the holder never lets go. */
int __pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict at)
{
	int r = __pthread_mutex_trylock(m);
	if (r != EBUSY)
		return r;
	if ((MUTEX_KIND(m) & MUTEX_TYPE_MASK) == PTHREAD_MUTEX_ERRORCHECK)
		return EDEADLK;
	return __thread_wait_until(CLOCK_REALTIME, at);
}

weak_alias(__pthread_mutex_timedlock, pthread_mutex_timedlock);
