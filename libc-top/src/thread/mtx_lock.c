#include <threads.h>
#include "thread_impl.h"

/* Relocking a plain mutex, which only the caller can hold, is an error
   instead of a deadlock (see pthread_mutex_lock). */
int mtx_lock(mtx_t *m)
{
	return __pthread_mutex_lock((pthread_mutex_t *)m) ? thrd_error : thrd_success;
}
