#include <threads.h>
#include "thread_impl.h"

int mtx_init(mtx_t *m, int type)
{
	int base = type & ~mtx_recursive;
	if (base != mtx_plain && base != mtx_timed)
		return thrd_error;
	pthread_mutexattr_t attr = {0};
	if (type & mtx_recursive)
		attr.__attr = PTHREAD_MUTEX_RECURSIVE;
	/* mtx_t is laid out as pthread_mutex_t. */
	return __pthread_mutex_init((pthread_mutex_t *)m, &attr) ? thrd_error : thrd_success;
}
