#include "thread_impl.h"

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict a, int *restrict protocol)
{
	*protocol = (int)((a->__attr & MUTEX_PROTOCOL_MASK) >> MUTEX_PROTOCOL_SHIFT);
	return 0;
}
