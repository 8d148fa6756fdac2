// portable
/* Barriers, spin locks and once-only initialisation with one thread. */
#include <pthread.h>

#include "errcheck.h"

static int runs;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
	runs++;
}

int main(void)
{
	pthread_barrier_t b;
	pthread_barrierattr_t ba;
	int v = -1;
	CHECK_EQ(pthread_barrierattr_init(&ba), 0);
	CHECK_EQ(pthread_barrierattr_getpshared(&ba, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_barrierattr_setpshared(&ba, NUM(99)), EINVAL);
	CHECK_EQ(pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_barrierattr_getpshared(&ba, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_SHARED);
	CHECK_EQ(pthread_barrier_init(&b, &ba, NUM(0u)), EINVAL);
	CHECK_EQ(pthread_barrier_init(&b, &ba, 1), 0);
	CHECK_EQ(pthread_barrierattr_destroy(&ba), 0);
	/* A barrier for one opens at once, every time, for its serial thread. */
	CHECK_EQ(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK_EQ(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK_EQ(pthread_barrier_destroy(&b), 0);
	CHECK_EQ(pthread_barrier_init(&b, NULL, 1), 0);
	CHECK_EQ(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK_EQ(pthread_barrier_destroy(&b), 0);

	pthread_spinlock_t s;
	CHECK_EQ(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE), 0);
	CHECK_EQ(pthread_spin_lock(&s), 0);
	CHECK_EQ(pthread_spin_trylock(&s), EBUSY);
	CHECK_EQ(pthread_spin_unlock(&s), 0);
	CHECK_EQ(pthread_spin_trylock(&s), 0);
	CHECK_EQ(pthread_spin_unlock(&s), 0);
	CHECK_EQ(pthread_spin_destroy(&s), 0);

	CHECK_EQ(pthread_once(&once, init), 0);
	CHECK_EQ(pthread_once(&once, init), 0);
	CHECK_EQ(runs, 1);

	printf("barrier, spin lock and once done\n");
	return test_done();
}
