#include "thread_impl.h"

int pthread_attr_getscope(const pthread_attr_t *restrict a, int *restrict scope)
{
	*scope = ATTR_SCOPE(a);
	return 0;
}
