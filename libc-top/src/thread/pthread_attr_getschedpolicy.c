#include "thread_impl.h"

int pthread_attr_getschedpolicy(const pthread_attr_t *restrict a, int *restrict policy)
{
	*policy = ATTR_POLICY(a);
	return 0;
}
