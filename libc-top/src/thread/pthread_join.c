#include <errno.h>
#include "thread_impl.h"

/* The only thread there is, is the caller, which cannot wait for itself. */
int __pthread_join(pthread_t t, void **result)
{
	(void)result;
	if (t != &__thread_main)
		return ESRCH;
	if (t->detached)
		return EINVAL;
	return EDEADLK;
}

weak_alias(__pthread_join, pthread_join);
