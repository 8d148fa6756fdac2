#include <errno.h>
#include "thread_impl.h"

/* Whoever holds the lock is the caller. */
int pthread_rwlock_wrlock(pthread_rwlock_t *l)
{
	int r = __pthread_rwlock_trywrlock(l);
	return r == EBUSY ? EDEADLK : r;
}
