#include <errno.h>
#include "thread_impl.h"

/* A held mutex is held by the caller, the only thread. For an
   errorcheck mutex POSIX says EDEADLK; a normal one would never be
   unlocked, so it fails the same way instead of hanging. */
int __pthread_mutex_lock(pthread_mutex_t *m)
{
	int r = __pthread_mutex_trylock(m);
	return r == EBUSY ? EDEADLK : r;
}

weak_alias(__pthread_mutex_lock, pthread_mutex_lock);
