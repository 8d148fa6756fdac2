#include <errno.h>
#include "thread_impl.h"

int pthread_getschedparam(pthread_t t, int *restrict policy, struct sched_param *restrict param)
{
	if (t != &__thread_main)
		return ESRCH;
	*policy = SCHED_OTHER;
	param->sched_priority = 0;
	return 0;
}
