#include <errno.h>
#include "thread_impl.h"

/* Kept and reported; with no other process, sharing changes nothing. */
int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared)
{
	if (pshared == PTHREAD_PROCESS_PRIVATE)
		a->__attr &= ~MUTEX_PSHARED;
	else if (pshared == PTHREAD_PROCESS_SHARED)
		a->__attr |= MUTEX_PSHARED;
	else
		return EINVAL;
	return 0;
}
