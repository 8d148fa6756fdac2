#include <errno.h>
#include "thread_impl.h"

int __pthread_mutex_destroy(pthread_mutex_t *m)
{
	return MUTEX_COUNT(m) ? EBUSY : 0;
}

weak_alias(__pthread_mutex_destroy, pthread_mutex_destroy);
