#include "thread_impl.h"

void _pthread_cleanup_pop(struct __ptcb *cb, int execute)
{
	__thread_main.cleanup = cb->__next;
	if (execute)
		cb->__fn(cb->__arg);
}
