#include <errno.h>
#include <threads.h>
#include "thread_impl.h"

int mtx_trylock(mtx_t *m)
{
	switch (__pthread_mutex_trylock((pthread_mutex_t *)m)) {
	case 0:
		return thrd_success;
	case EBUSY:
		return thrd_busy;
	default:
		return thrd_error;
	}
}
