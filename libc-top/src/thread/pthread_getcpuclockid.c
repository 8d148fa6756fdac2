#include <errno.h>
#include <time.h>
#include "thread_impl.h"

/* The only thread is the main one, and its CPU time is the process's. */
int pthread_getcpuclockid(pthread_t t, clockid_t *clock)
{
	if (t != &__thread_main)
		return ESRCH;
	*clock = CLOCK_THREAD_CPUTIME_ID;
	return 0;
}
