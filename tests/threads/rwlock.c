// portable
/* Read-write locks held by one thread: read locks nest, a write lock
   excludes everything, and waiting on oneself is reported. */
#include <pthread.h>

#include "errcheck.h"

int main(void)
{
	const struct timespec past = { 1, 0 };
	pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;

	CHECK_EQ(pthread_rwlock_rdlock(&l), 0);
	CHECK_EQ(pthread_rwlock_rdlock(&l), 0);
	CHECK_EQ(pthread_rwlock_tryrdlock(&l), 0);
	CHECK_EQ(pthread_rwlock_timedrdlock(&l, &past), 0);
	CHECK_EQ(pthread_rwlock_trywrlock(&l), EBUSY);
	CHECK_EQ(pthread_rwlock_timedwrlock(&l, &past), ETIMEDOUT);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_rwlock_unlock(&l), 0);

	CHECK_EQ(pthread_rwlock_wrlock(&l), 0);
	CHECK_EQ(pthread_rwlock_tryrdlock(&l), EBUSY);
	CHECK_EQ(pthread_rwlock_trywrlock(&l), EBUSY);
	CHECK_EQ(pthread_rwlock_rdlock(&l), EDEADLK);
	CHECK_EQ(pthread_rwlock_wrlock(&l), EDEADLK);
	CHECK_EQ(pthread_rwlock_timedrdlock(&l, &past), EDEADLK);
	CHECK_EQ(pthread_rwlock_timedwrlock(&l, &past), EDEADLK);
	CHECK_EQ(pthread_rwlock_unlock(&l), 0);
	CHECK_EQ(pthread_rwlock_trywrlock(&l), 0);
	CHECK_EQ(pthread_rwlock_unlock(&l), 0);
	CHECK_EQ(pthread_rwlock_timedwrlock(&l, &past), 0);
	CHECK_EQ(pthread_rwlock_unlock(&l), 0);
	CHECK_EQ(pthread_rwlock_destroy(&l), 0);

	pthread_rwlockattr_t a;
	int v = -1;
	CHECK_EQ(pthread_rwlockattr_init(&a), 0);
	CHECK_EQ(pthread_rwlockattr_getpshared(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_rwlockattr_setpshared(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_rwlockattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_rwlockattr_getpshared(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_SHARED);
	CHECK_EQ(pthread_rwlock_init(&l, &a), 0);
	CHECK_EQ(pthread_rwlockattr_destroy(&a), 0);
	CHECK_EQ(pthread_rwlock_rdlock(&l), 0);
	CHECK_EQ(pthread_rwlock_unlock(&l), 0);
	CHECK_EQ(pthread_rwlock_destroy(&l), 0);

	printf("rwlocks done\n");
	return test_done();
}
