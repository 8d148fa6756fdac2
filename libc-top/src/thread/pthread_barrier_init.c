#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict attr,
			 unsigned count)
{
	(void)attr;
	if (count == 0 || count > INT_MAX)
		return EINVAL;
	*b = (pthread_barrier_t){0};
	BARRIER_COUNT(b) = (int)count;
	return 0;
}
