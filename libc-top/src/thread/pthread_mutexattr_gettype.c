#include "thread_impl.h"

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type)
{
	*type = (int)(a->__attr & MUTEX_TYPE_MASK);
	return 0;
}
