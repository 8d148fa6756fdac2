#include <errno.h>
#include "thread_impl.h"

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict l, const struct timespec *restrict at)
{
	(void)at;
	int r = __pthread_rwlock_tryrdlock(l);
	return r == EBUSY ? EDEADLK : r;
}
