#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

/* Deleting runs no destructor, as POSIX says. */
int __pthread_key_delete(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !__thread_keys[key].dtor)
		return EINVAL;
	__thread_keys[key].dtor = 0;
	__thread_keys[key].value = 0;
	return 0;
}

weak_alias(__pthread_key_delete, pthread_key_delete);
