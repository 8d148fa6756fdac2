#include <errno.h>
#include "thread_impl.h"

/* Every policy has the single priority 0. */
int pthread_attr_setschedparam(pthread_attr_t *restrict a, const struct sched_param *restrict param)
{
	if (param->sched_priority != 0)
		return EINVAL;
	ATTR_PRIORITY(a) = 0;
	return 0;
}
