#include "thread_impl.h"

/* No guard pages: WebAssembly memory has no protection to give them. */
int pthread_attr_init(pthread_attr_t *a)
{
	*a = (pthread_attr_t){0};
	ATTR_STACKSIZE(a) = DEFAULT_STACKSIZE;
	ATTR_DETACH(a) = PTHREAD_CREATE_JOINABLE;
	ATTR_SCOPE(a) = PTHREAD_SCOPE_SYSTEM;
	ATTR_POLICY(a) = SCHED_OTHER;
	ATTR_INHERIT(a) = PTHREAD_INHERIT_SCHED;
	return 0;
}
