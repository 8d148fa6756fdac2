#include <errno.h>
#include <time.h>
#include "thread_impl.h"

int __thread_wait_until(clockid_t clock, const struct timespec *at)
{
	if (at->tv_nsec < 0 || at->tv_nsec >= 1000000000L)
		return EINVAL;
	/* A deadline before the epoch has passed; nothing to sleep. */
	if (at->tv_sec >= 0)
		while (clock_nanosleep(clock, TIMER_ABSTIME, at, 0) == EINTR)
			;
	return ETIMEDOUT;
}
