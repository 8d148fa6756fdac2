#include "thread_impl.h"

struct __pthread __thread_main;

pthread_t __pthread_self(void)
{
	return &__thread_main;
}

weak_alias(__pthread_self, pthread_self);
