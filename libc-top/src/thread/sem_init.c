#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

/* A shared semaphore is accepted: there is no other process to share
   it with, so it behaves as a private one. */
int sem_init(sem_t *s, int pshared, unsigned value)
{
	(void)pshared;
	if (value > SEM_VALUE_MAX) {
		errno = EINVAL;
		return -1;
	}
	*s = (sem_t){{0}};
	SEM_VALUE(s) = (int)value;
	return 0;
}
