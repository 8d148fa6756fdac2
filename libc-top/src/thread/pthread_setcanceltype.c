#include <errno.h>
#include "thread_impl.h"

int pthread_setcanceltype(int type, int *old)
{
	if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS)
		return EINVAL;
	if (old)
		*old = __thread_main.cancel_async ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED;
	__thread_main.cancel_async = type == PTHREAD_CANCEL_ASYNCHRONOUS;
	if (__thread_main.cancel_async)
		__thread_testcancel();
	return 0;
}
