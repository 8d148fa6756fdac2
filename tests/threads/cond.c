// portable
/* Condition variables and their attributes: with nobody to signal, a
   timed wait ends at its deadline on the clock the attribute chose. */
#include <pthread.h>
#include <time.h>

#include "errcheck.h"

static long long ms(clockid_t clock)
{
	struct timespec t;
	clock_gettime(clock, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

/* `msec` milliseconds from now on `clock`. */
static struct timespec after(clockid_t clock, long msec)
{
	struct timespec t;
	clock_gettime(clock, &t);
	t.tv_nsec += msec * 1000000L;
	t.tv_sec += t.tv_nsec / 1000000000L;
	t.tv_nsec %= 1000000000L;
	return t;
}

int main(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	const struct timespec past = { 1, 0 };

	CHECK_EQ(pthread_cond_signal(&c), 0);
	CHECK_EQ(pthread_cond_broadcast(&c), 0);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_cond_timedwait(&c, &m, &past), ETIMEDOUT);
	struct timespec bad = { 1, NUM(-1L) };
	CHECK_EQ(pthread_cond_timedwait(&c, &m, &bad), EINVAL);
	long long t0 = ms(CLOCK_REALTIME);
	struct timespec soon = after(CLOCK_REALTIME, 20);
	CHECK_EQ(pthread_cond_timedwait(&c, &m, &soon), ETIMEDOUT);
	CHECK(ms(CLOCK_REALTIME) - t0 >= 19);
	/* The mutex is held again after the wait. */
	CHECK_EQ(pthread_mutex_trylock(&m), EBUSY);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_cond_destroy(&c), 0);

	pthread_condattr_t a;
	clockid_t clock;
	int v = -1;
	CHECK_EQ(pthread_condattr_init(&a), 0);
	CHECK_EQ(pthread_condattr_getclock(&a, &clock), 0);
	CHECK(clock == CLOCK_REALTIME);
	CHECK_EQ(pthread_condattr_getpshared(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_condattr_setpshared(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_condattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_condattr_getpshared(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PROCESS_SHARED);
	CHECK_EQ(pthread_condattr_setpshared(&a, PTHREAD_PROCESS_PRIVATE), 0);
	CHECK_EQ(pthread_condattr_setclock(&a, CLOCK_MONOTONIC), 0);
	CHECK_EQ(pthread_condattr_getclock(&a, &clock), 0);
	CHECK(clock == CLOCK_MONOTONIC);
	CHECK_EQ(pthread_cond_init(&c, &a), 0);
	CHECK_EQ(pthread_condattr_destroy(&a), 0);

	/* A monotonic deadline, which as a real time is long past. */
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	t0 = ms(CLOCK_MONOTONIC);
	soon = after(CLOCK_MONOTONIC, 20);
	CHECK_EQ(pthread_cond_timedwait(&c, &m, &soon), ETIMEDOUT);
	CHECK(ms(CLOCK_MONOTONIC) - t0 >= 19);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_cond_destroy(&c), 0);

	/* Waiting requires holding the mutex (POSIX: EPERM for error-checking
	   mutexes). */
	pthread_mutexattr_t ma;
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&m, &ma);
	pthread_cond_init(&c, NULL);
	CHECK_EQ(pthread_cond_timedwait(&c, &m, &past), EPERM);
	CHECK_EQ(pthread_mutex_destroy(&m), 0);

	printf("conditions done\n");
	return test_done();
}
