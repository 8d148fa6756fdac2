#include <errno.h>
#include "thread_impl.h"

int pthread_rwlock_unlock(pthread_rwlock_t *l)
{
	if (RWLOCK_WRITER(l))
		RWLOCK_WRITER(l) = 0;
	else if (RWLOCK_READERS(l))
		RWLOCK_READERS(l)--;
	else
		return EPERM;
	return 0;
}
