#include <threads.h>
#include "thread_impl.h"

void mtx_destroy(mtx_t *m)
{
	__pthread_mutex_destroy((pthread_mutex_t *)m);
}
