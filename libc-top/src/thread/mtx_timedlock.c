#include <errno.h>
#include <threads.h>
#include "thread_impl.h"

int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict at)
{
	switch (__pthread_mutex_timedlock((pthread_mutex_t *)m, at)) {
	case 0:
		return thrd_success;
	case ETIMEDOUT:
		return thrd_timedout;
	default:
		return thrd_error;
	}
}
