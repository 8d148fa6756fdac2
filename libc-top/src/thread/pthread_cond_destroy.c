#include <pthread.h>

/* Nobody can be waiting on it: a wait returns before another call. */
int pthread_cond_destroy(pthread_cond_t *c)
{
	(void)c;
	return 0;
}
