#include "thread_impl.h"

void __thread_testcancel(void)
{
	struct __pthread *self = &__thread_main;
	if (self->cancel_pending && !self->cancel_disabled)
		__pthread_exit(PTHREAD_CANCELED);
}

void pthread_testcancel(void)
{
	__thread_testcancel();
}
