#include <errno.h>
#include "thread_impl.h"

int pthread_timedjoin_np(pthread_t t, void **result, const struct timespec *at)
{
	(void)at;
	return __pthread_join(t, result);
}
