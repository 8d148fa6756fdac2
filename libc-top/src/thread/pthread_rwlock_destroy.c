#include <errno.h>
#include "thread_impl.h"

int pthread_rwlock_destroy(pthread_rwlock_t *l)
{
	return RWLOCK_READERS(l) || RWLOCK_WRITER(l) ? EBUSY : 0;
}
