#include <errno.h>
#include "thread_impl.h"

/* Against its own write lock the caller fails at once, as glibc does;
   against read locks it waits out the deadline, as it would where the
   readers never let go. */
int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict l, const struct timespec *restrict at)
{
	int r = __pthread_rwlock_trywrlock(l);
	if (r != EBUSY)
		return r;
	if (RWLOCK_WRITER(l))
		return EDEADLK;
	return __thread_wait_until(CLOCK_REALTIME, at);
}
