#include "thread_impl.h"

int pthread_attr_getguardsize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = ATTR_GUARDSIZE(a);
	return 0;
}
