#include "thread_impl.h"

int __pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict attr)
{
	*m = (pthread_mutex_t){0};
	if (attr)
		MUTEX_KIND(m) = (int)attr->__attr;
	return 0;
}

weak_alias(__pthread_mutex_init, pthread_mutex_init);
