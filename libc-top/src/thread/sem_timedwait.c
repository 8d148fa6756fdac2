#include <errno.h>
#include "thread_impl.h"

/* At zero the wait lasts until the deadline, as nothing can post. */
int sem_timedwait(sem_t *restrict s, const struct timespec *restrict at)
{
	if (SEM_VALUE(s)) {
		SEM_VALUE(s)--;
		return 0;
	}
	errno = __thread_wait_until(CLOCK_REALTIME, at);
	return -1;
}
