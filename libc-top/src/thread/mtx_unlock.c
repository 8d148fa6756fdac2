#include <threads.h>
#include "thread_impl.h"

int mtx_unlock(mtx_t *m)
{
	return __pthread_mutex_unlock((pthread_mutex_t *)m) ? thrd_error : thrd_success;
}
