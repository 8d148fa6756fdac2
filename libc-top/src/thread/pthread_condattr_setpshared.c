#include <errno.h>
#include "thread_impl.h"

int pthread_condattr_setpshared(pthread_condattr_t *a, int pshared)
{
	if (pshared == PTHREAD_PROCESS_PRIVATE)
		a->__attr &= ~CONDATTR_PSHARED;
	else if (pshared == PTHREAD_PROCESS_SHARED)
		a->__attr |= CONDATTR_PSHARED;
	else
		return EINVAL;
	return 0;
}
