#include <errno.h>
#include "thread_impl.h"

/* Only another thread could post a semaphore at zero: instead of waiting
   forever, fail. */
int sem_wait(sem_t *s)
{
	if (!SEM_VALUE(s)) {
		errno = EDEADLK;
		return -1;
	}
	SEM_VALUE(s)--;
	return 0;
}
