#include "thread_impl.h"

/* Kept and reported, as POSIX asks, though no guard can be made. */
int pthread_attr_setguardsize(pthread_attr_t *a, size_t size)
{
	ATTR_GUARDSIZE(a) = size;
	return 0;
}
