#include <threads.h>
#include "thread_impl.h"

int tss_set(tss_t key, void *value)
{
	return __pthread_setspecific(key, value) ? thrd_error : thrd_success;
}
