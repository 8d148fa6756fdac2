#include <errno.h>
#include "thread_impl.h"

int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clock)
{
	if (clock == CLOCK_REALTIME)
		a->__attr &= ~CONDATTR_MONOTONIC;
	else if (clock == CLOCK_MONOTONIC)
		a->__attr |= CONDATTR_MONOTONIC;
	else
		return EINVAL;
	return 0;
}
