#include <errno.h>
#include <threads.h>
#include <time.h>

/* 0 after the full sleep, -1 when interrupted (never, with no signals to
   interrupt it), another negative value on error. */
int thrd_sleep(const struct timespec *duration, struct timespec *rest)
{
	if (!nanosleep(duration, rest))
		return 0;
	return errno == EINTR ? -1 : -2;
}
