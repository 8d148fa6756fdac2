#include <errno.h>
#include "thread_impl.h"

int pthread_setschedprio(pthread_t t, int prio)
{
	if (t != &__thread_main)
		return ESRCH;
	return prio == 0 ? 0 : EINVAL;
}
