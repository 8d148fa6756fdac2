#include <errno.h>
#include <limits.h>
#include "thread_impl.h"

struct __thread_key __thread_keys[PTHREAD_KEYS_MAX];

/* No destructor at all, as opposed to a key that has none. */
static void no_dtor(void *p)
{
	(void)p;
}

int __pthread_key_create(pthread_key_t *key, void (*dtor)(void *))
{
	for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (!__thread_keys[k].dtor) {
			__thread_keys[k].dtor = dtor ? dtor : no_dtor;
			__thread_keys[k].value = 0;
			*key = k;
			return 0;
		}
	}
	return EAGAIN;
}

/* POSIX: each round calls the destructor of every key with a value,
   after clearing the value; values set by destructors get further
   rounds, up to PTHREAD_DESTRUCTOR_ITERATIONS. */
void __thread_run_dtors(void)
{
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int ran = 0;
		for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
			struct __thread_key *e = &__thread_keys[k];
			if (!e->dtor || !e->value)
				continue;
			void *v = (void *)e->value;
			e->value = 0;
			e->dtor(v);
			ran = 1;
		}
		if (!ran)
			return;
	}
}

weak_alias(__pthread_key_create, pthread_key_create);
