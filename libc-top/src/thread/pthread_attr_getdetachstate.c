#include "thread_impl.h"

int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state)
{
	*state = ATTR_DETACH(a);
	return 0;
}
