// portable
/* Mutexes of every type and their attributes, as one thread sees them:
   the results POSIX fixes, which glibc gives too. */
#include <pthread.h>
#include <time.h>

#include "errcheck.h"

/* A deadline that has passed. */
static const struct timespec past = { 1, 0 };

int main(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_mutex_trylock(&m), EBUSY);
	CHECK_EQ(pthread_mutex_timedlock(&m, &past), ETIMEDOUT);
	struct timespec bad = { 1, NUM(1000000000L) };
	CHECK_EQ(pthread_mutex_timedlock(&m, &bad), EINVAL);
	CHECK_EQ(pthread_mutex_destroy(&m), EBUSY);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_mutex_trylock(&m), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	/* Free, the deadline does not matter. */
	CHECK_EQ(pthread_mutex_timedlock(&m, &past), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_mutex_destroy(&m), 0);

	pthread_mutexattr_t a;
	int v = -1;
	CHECK_EQ(pthread_mutexattr_init(&a), 0);
	CHECK_EQ(pthread_mutexattr_gettype(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_DEFAULT);
	CHECK_EQ(pthread_mutexattr_getpshared(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_mutexattr_getrobust(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_STALLED);
	CHECK_EQ(pthread_mutexattr_getprotocol(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PRIO_NONE);
	CHECK_EQ(pthread_mutexattr_settype(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_mutexattr_setpshared(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_mutexattr_setrobust(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_mutexattr_getpshared(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_SHARED);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
	CHECK_EQ(pthread_mutexattr_getprotocol(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PRIO_INHERIT);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_NONE), 0);
	CHECK_EQ(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_PRIVATE), 0);

	/* Error-checking: relocking and foreign unlocks are reported. */
	CHECK_EQ(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK), 0);
	CHECK_EQ(pthread_mutexattr_gettype(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_ERRORCHECK);
	CHECK_EQ(pthread_mutex_init(&m, &a), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), EPERM);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_mutex_lock(&m), EDEADLK);
	CHECK_EQ(pthread_mutex_timedlock(&m, &past), EDEADLK);
	CHECK_EQ(pthread_mutex_trylock(&m), EBUSY);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), EPERM);
	CHECK_EQ(pthread_mutex_destroy(&m), 0);

	/* Recursive: every lock needs its unlock. */
	CHECK_EQ(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE), 0);
	CHECK_EQ(pthread_mutex_init(&m, &a), 0);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_mutex_trylock(&m), 0);
	CHECK_EQ(pthread_mutex_timedlock(&m, &past), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), EPERM);
	CHECK_EQ(pthread_mutex_destroy(&m), 0);

	/* Robust, though its owner can never die holding it. */
	CHECK_EQ(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_NORMAL), 0);
	CHECK_EQ(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	CHECK_EQ(pthread_mutexattr_getrobust(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_ROBUST);
	CHECK_EQ(pthread_mutex_init(&m, &a), 0);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_mutex_consistent(&m), EINVAL);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_mutex_destroy(&m), 0);
	CHECK_EQ(pthread_mutexattr_destroy(&a), 0);

	printf("mutexes done\n");
	return test_done();
}
