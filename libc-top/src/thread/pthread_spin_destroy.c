#include <errno.h>
#include <pthread.h>

int pthread_spin_destroy(pthread_spinlock_t *s)
{
	return *s ? EBUSY : 0;
}
