#include <errno.h>
#include "thread_impl.h"

/* SCHED_OTHER at priority 0 is all there is; the real-time policies are
   valid names for something this target does not have. */
int pthread_setschedparam(pthread_t t, int policy, const struct sched_param *param)
{
	if (t != &__thread_main)
		return ESRCH;
	if (policy == SCHED_FIFO || policy == SCHED_RR)
		return ENOTSUP;
	if (policy != SCHED_OTHER || param->sched_priority != 0)
		return EINVAL;
	return 0;
}
