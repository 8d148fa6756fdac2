#include <limits.h>
#include "thread_impl.h"

void *__pthread_getspecific(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !__thread_keys[key].dtor)
		return 0;
	return (void *)__thread_keys[key].value;
}

weak_alias(__pthread_getspecific, pthread_getspecific);
