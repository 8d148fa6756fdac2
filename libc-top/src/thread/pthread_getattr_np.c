#include <errno.h>
#include "thread_impl.h"

/* wasm-ld's bounds of the stack it laid out in linear memory. */
extern char __stack_low[], __stack_high[];

int pthread_getattr_np(pthread_t t, pthread_attr_t *a)
{
	if (t != &__thread_main)
		return ESRCH;
	pthread_attr_init(a);
	ATTR_DETACH(a) = t->detached ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE;
	ATTR_STACKADDR(a) = (unsigned long)__stack_low;
	ATTR_STACKSIZE(a) = (unsigned long)(__stack_high - __stack_low);
	return 0;
}
