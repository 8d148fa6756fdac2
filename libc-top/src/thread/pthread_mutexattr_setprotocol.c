#include <errno.h>
#include "thread_impl.h"

/* With one priority, inheriting or protecting one changes nothing, so
   every protocol is kept as asked. */
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *a, int protocol)
{
	if (protocol != PTHREAD_PRIO_NONE && protocol != PTHREAD_PRIO_INHERIT &&
	    protocol != PTHREAD_PRIO_PROTECT)
		return EINVAL;
	a->__attr = (a->__attr & ~MUTEX_PROTOCOL_MASK) | (unsigned)protocol << MUTEX_PROTOCOL_SHIFT;
	return 0;
}
