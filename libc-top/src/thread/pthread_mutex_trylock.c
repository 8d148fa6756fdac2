#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

int __pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (!MUTEX_COUNT(m)) {
		MUTEX_COUNT(m) = 1;
		return 0;
	}
	if ((MUTEX_KIND(m) & MUTEX_TYPE_MASK) != PTHREAD_MUTEX_RECURSIVE)
		return EBUSY;
	if (MUTEX_COUNT(m) == INT_MAX)
		return EAGAIN;
	MUTEX_COUNT(m)++;
	return 0;
}

weak_alias(__pthread_mutex_trylock, pthread_mutex_trylock);
