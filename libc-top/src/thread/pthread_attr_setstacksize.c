#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

int pthread_attr_setstacksize(pthread_attr_t *a, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	ATTR_STACKSIZE(a) = size;
	ATTR_STACKADDR(a) = 0;
	return 0;
}
