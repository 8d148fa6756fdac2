#include <errno.h>
#include <pthread.h>

int pthread_spin_trylock(pthread_spinlock_t *s)
{
	if (*s)
		return EBUSY;
	*s = 1;
	return 0;
}
