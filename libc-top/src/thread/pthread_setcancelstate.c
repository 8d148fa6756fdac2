#include <errno.h>
#include "thread_impl.h"

int pthread_setcancelstate(int state, int *old)
{
	if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE)
		return EINVAL;
	if (old)
		*old = __thread_main.cancel_disabled ? PTHREAD_CANCEL_DISABLE : PTHREAD_CANCEL_ENABLE;
	__thread_main.cancel_disabled = state == PTHREAD_CANCEL_DISABLE;
	if (__thread_main.cancel_async)
		__thread_testcancel();
	return 0;
}
