#include <errno.h>
#include "thread_impl.h"

int pthread_attr_setdetachstate(pthread_attr_t *a, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	ATTR_DETACH(a) = state;
	return 0;
}
