#include <stdlib.h>
#include "thread_impl.h"

static void nothing(void)
{
}

/* The key machinery is linked only by programs that create keys. */
weak_alias(nothing, __thread_run_dtors);

/* The last thread's exit ends the process as exit(0) would, after the
   thread's own cleanup handlers and key destructors. */
_Noreturn void __pthread_exit(void *result)
{
	(void)result;
	struct __pthread *self = &__thread_main;
	/* Cancellation cannot act on a thread already on its way out. */
	self->cancel_disabled = 1;
	while (self->cleanup) {
		struct __ptcb *cb = self->cleanup;
		self->cleanup = cb->__next;
		cb->__fn(cb->__arg);
	}
	__thread_run_dtors();
	exit(0);
}

weak_alias(__pthread_exit, pthread_exit);
