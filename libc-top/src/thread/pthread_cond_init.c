#include "thread_impl.h"

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict attr)
{
	*c = (pthread_cond_t){0};
	if (attr && attr->__attr & CONDATTR_MONOTONIC)
		COND_CLOCK(c) = (void *)CLOCK_MONOTONIC;
	return 0;
}
