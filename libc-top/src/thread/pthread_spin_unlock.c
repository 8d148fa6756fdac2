#include <errno.h>
#include <pthread.h>

int pthread_spin_unlock(pthread_spinlock_t *s)
{
	if (!*s)
		return EPERM;
	*s = 0;
	return 0;
}
