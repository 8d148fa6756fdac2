#include <errno.h>
#include "thread_impl.h"

int pthread_setconcurrency(int n)
{
	if (n < 0)
		return EINVAL;
	__thread_concurrency = n;
	return 0;
}
