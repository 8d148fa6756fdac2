#include "thread_impl.h"

int pthread_attr_getstacksize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = ATTR_STACKSIZE(a);
	return 0;
}
