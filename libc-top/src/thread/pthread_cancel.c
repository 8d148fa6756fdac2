#include <errno.h>
#include "thread_impl.h"

/* Only the calling thread exists to be cancelled. Deferred cancellation
   acts at pthread_testcancel, asynchronous cancellation at once. */
int pthread_cancel(pthread_t t)
{
	if (t != &__thread_main)
		return ESRCH;
	t->cancel_pending = 1;
	if (t->cancel_async)
		__thread_testcancel();
	return 0;
}
