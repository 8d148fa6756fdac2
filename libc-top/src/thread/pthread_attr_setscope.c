#include <errno.h>
#include "thread_impl.h"

/* Threads would be scheduled by the runtime, never within the process. */
int pthread_attr_setscope(pthread_attr_t *a, int scope)
{
	if (scope == PTHREAD_SCOPE_PROCESS)
		return ENOTSUP;
	if (scope != PTHREAD_SCOPE_SYSTEM)
		return EINVAL;
	ATTR_SCOPE(a) = scope;
	return 0;
}
