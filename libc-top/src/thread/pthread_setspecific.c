#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

int __pthread_setspecific(pthread_key_t key, const void *value)
{
	if (key >= PTHREAD_KEYS_MAX || !__thread_keys[key].dtor)
		return EINVAL;
	__thread_keys[key].value = value;
	return 0;
}

weak_alias(__pthread_setspecific, pthread_setspecific);
