#include <errno.h>
#include "thread_impl.h"

int pthread_attr_getstack(const pthread_attr_t *restrict a, void **restrict addr, size_t *restrict size)
{
	if (!ATTR_STACKADDR(a))
		return EINVAL;
	*addr = (void *)ATTR_STACKADDR(a);
	*size = ATTR_STACKSIZE(a);
	return 0;
}
