#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

int __pthread_rwlock_tryrdlock(pthread_rwlock_t *l)
{
	if (RWLOCK_WRITER(l))
		return EBUSY;
	if (RWLOCK_READERS(l) == INT_MAX)
		return EAGAIN;
	RWLOCK_READERS(l)++;
	return 0;
}

weak_alias(__pthread_rwlock_tryrdlock, pthread_rwlock_tryrdlock);
