#include <pthread.h>
#include "thread_impl.h"

/* Only a hint, which POSIX says to keep and report back. */
int __thread_concurrency;

int pthread_getconcurrency(void)
{
	return __thread_concurrency;
}
