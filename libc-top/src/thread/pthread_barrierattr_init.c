#include <pthread.h>

int pthread_barrierattr_init(pthread_barrierattr_t *a)
{
	a->__attr = 0;
	return 0;
}
