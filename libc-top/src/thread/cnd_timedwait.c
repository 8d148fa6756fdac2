#include <errno.h>
#include <threads.h>
#include "thread_impl.h"

int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict at)
{
	int r = __pthread_cond_timedwait((pthread_cond_t *)c, (pthread_mutex_t *)m, at);
	return r == ETIMEDOUT ? thrd_timedout : thrd_error;
}
