#include <threads.h>
#include "thread_impl.h"

/* Always an error: the only thread is the caller (see pthread_join). */
int thrd_join(thrd_t t, int *result)
{
	(void)result;
	return __pthread_join(t, 0) ? thrd_error : thrd_success;
}
