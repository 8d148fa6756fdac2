#include <errno.h>
#include "thread_impl.h"

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type)
{
	if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE &&
	    type != PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	a->__attr = (a->__attr & ~MUTEX_TYPE_MASK) | (unsigned)type;
	return 0;
}
