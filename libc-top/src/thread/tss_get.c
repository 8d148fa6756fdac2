#include <threads.h>
#include "thread_impl.h"

void *tss_get(tss_t key)
{
	return __pthread_getspecific(key);
}
