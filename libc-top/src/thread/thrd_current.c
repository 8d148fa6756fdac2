#include <threads.h>
#include "thread_impl.h"

thrd_t thrd_current(void)
{
	return __pthread_self();
}
