#include "thread_impl.h"

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clock)
{
	*clock = a->__attr & CONDATTR_MONOTONIC ? CLOCK_MONOTONIC : CLOCK_REALTIME;
	return 0;
}
