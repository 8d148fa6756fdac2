#include <threads.h>
#include "thread_impl.h"

/* No other thread could ever signal: an error instead of a hang. */
int cnd_wait(cnd_t *c, mtx_t *m)
{
	__pthread_cond_wait((pthread_cond_t *)c, (pthread_mutex_t *)m);
	return thrd_error;
}
