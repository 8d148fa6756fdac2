#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

/* The address is the lowest byte of the stack, as POSIX defines it. */
int pthread_attr_setstack(pthread_attr_t *a, void *addr, size_t size)
{
	if (!addr || size < PTHREAD_STACK_MIN)
		return EINVAL;
	ATTR_STACKADDR(a) = (unsigned long)addr;
	ATTR_STACKSIZE(a) = size;
	return 0;
}
