#include <errno.h>
#include "thread_impl.h"

/* A mutex that is not locked is not held by the caller: EPERM, which
   POSIX requires of errorcheck and recursive mutexes, for every type. */
int __pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (!MUTEX_COUNT(m))
		return EPERM;
	MUTEX_COUNT(m)--;
	return 0;
}

weak_alias(__pthread_mutex_unlock, pthread_mutex_unlock);
