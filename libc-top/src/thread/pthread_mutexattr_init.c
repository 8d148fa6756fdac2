#include "thread_impl.h"

int pthread_mutexattr_init(pthread_mutexattr_t *a)
{
	a->__attr = 0;
	return 0;
}
