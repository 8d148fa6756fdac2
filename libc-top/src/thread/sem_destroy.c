#include <semaphore.h>

/* Nobody can be blocked on it: a wait returns before another call. */
int sem_destroy(sem_t *s)
{
	(void)s;
	return 0;
}
