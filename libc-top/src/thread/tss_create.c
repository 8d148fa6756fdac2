#include <threads.h>
#include "thread_impl.h"

int tss_create(tss_t *key, tss_dtor_t dtor)
{
	return __pthread_key_create(key, dtor) ? thrd_error : thrd_success;
}
