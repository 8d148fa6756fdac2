#include <errno.h>
#include "thread_impl.h"

int __pthread_detach(pthread_t t)
{
	if (t != &__thread_main)
		return ESRCH;
	if (t->detached)
		return EINVAL;
	t->detached = 1;
	return 0;
}

weak_alias(__pthread_detach, pthread_detach);
