#include "thread_impl.h"

int pthread_attr_getinheritsched(const pthread_attr_t *restrict a, int *restrict inherit)
{
	*inherit = ATTR_INHERIT(a);
	return 0;
}
