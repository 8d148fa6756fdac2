#include "thread_impl.h"

void _pthread_cleanup_push(struct __ptcb *cb, void (*fn)(void *), void *arg)
{
	cb->__fn = fn;
	cb->__arg = arg;
	cb->__next = __thread_main.cleanup;
	__thread_main.cleanup = cb;
}
