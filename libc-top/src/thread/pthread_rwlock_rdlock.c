#include <errno.h>
#include "thread_impl.h"

/* Read locks nest; a write lock is the caller's own, and waiting for it
   would never end. */
int pthread_rwlock_rdlock(pthread_rwlock_t *l)
{
	int r = __pthread_rwlock_tryrdlock(l);
	return r == EBUSY ? EDEADLK : r;
}
