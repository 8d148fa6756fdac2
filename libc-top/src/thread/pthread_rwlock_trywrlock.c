#include <errno.h>
#include "thread_impl.h"

int __pthread_rwlock_trywrlock(pthread_rwlock_t *l)
{
	if (RWLOCK_WRITER(l) || RWLOCK_READERS(l))
		return EBUSY;
	RWLOCK_WRITER(l) = 1;
	return 0;
}

weak_alias(__pthread_rwlock_trywrlock, pthread_rwlock_trywrlock);
