/* What only a single-threaded target decides (docs/posix.md): no thread
   can be created; a wait that only another thread could end fails with
   EDEADLK instead of hanging; there are no other threads to name. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <threads.h>

#include "errcheck.h"

static void *start(void *p)
{
	return p;
}

static int start11(void *p)
{
	(void)p;
	return 0;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int nested = -1;

static void reenter(void)
{
	nested = pthread_once(&once, reenter);
}

int main(void)
{
	pthread_t t = PTHREAD_NULL;
	CHECK_EQ(pthread_create(&t, NULL, start, NULL), EAGAIN);
	thrd_t t11;
	CHECK_EQ(thrd_create(&t11, start11, NULL), thrd_error);

	/* A thread that does not exist. */
	pthread_t other = (pthread_t)KEEP((void *)16);
	void *res;
	CHECK_EQ(pthread_join(other, &res), ESRCH);
	CHECK_EQ(pthread_tryjoin_np(other, &res), ESRCH);
	struct timespec past = { 1, 0 };
	CHECK_EQ(pthread_timedjoin_np(other, &res, &past), ESRCH);
	CHECK_EQ(pthread_detach(other), ESRCH);
	CHECK_EQ(pthread_cancel(other), ESRCH);
	CHECK_EQ(pthread_setschedprio(other, 0), ESRCH);
	pthread_attr_t a;
	CHECK_EQ(pthread_getattr_np(other, &a), ESRCH);
	clockid_t clock;
	CHECK_EQ(pthread_getcpuclockid(other, &clock), ESRCH);
	CHECK_EQ(pthread_getcpuclockid(pthread_self(), &clock), 0);
	CHECK(clock == CLOCK_THREAD_CPUTIME_ID);
	CHECK_EQ(pthread_tryjoin_np(pthread_self(), &res), EBUSY);
	CHECK_EQ(pthread_timedjoin_np(pthread_self(), &res, &past), EDEADLK);
	CHECK_EQ(thrd_join(thrd_current(), NULL), thrd_error);

	/* Waits nobody could end. */
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	CHECK_EQ(pthread_mutex_unlock(&m), EPERM);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_mutex_lock(&m), EDEADLK);
	pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	CHECK_EQ(pthread_cond_wait(&c, &m), EDEADLK);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_cond_wait(&c, &m), EPERM);
	mtx_t m11;
	cnd_t c11;
	CHECK_EQ(mtx_init(&m11, mtx_plain), thrd_success);
	CHECK_EQ(mtx_init(&m11, NUM(99)), thrd_error);
	CHECK_EQ(cnd_init(&c11), thrd_success);
	CHECK_EQ(mtx_lock(&m11), thrd_success);
	CHECK_EQ(mtx_lock(&m11), thrd_error);
	CHECK_EQ(cnd_wait(&c11, &m11), thrd_error);
	CHECK_EQ(mtx_unlock(&m11), thrd_success);
	CHECK_EQ(mtx_unlock(&m11), thrd_error);

	pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
	CHECK_EQ(pthread_rwlock_unlock(&l), EPERM);
	CHECK_EQ(pthread_rwlock_rdlock(&l), 0);
	CHECK_EQ(pthread_rwlock_wrlock(&l), EDEADLK);
	CHECK_EQ(pthread_rwlock_destroy(&l), EBUSY);
	CHECK_EQ(pthread_rwlock_unlock(&l), 0);

	pthread_spinlock_t s;
	CHECK_EQ(pthread_spin_init(&s, NUM(99)), EINVAL);
	CHECK_EQ(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE), 0);
	CHECK_EQ(pthread_spin_unlock(&s), EPERM);
	CHECK_EQ(pthread_spin_lock(&s), 0);
	CHECK_EQ(pthread_spin_lock(&s), EDEADLK);
	CHECK_EQ(pthread_spin_destroy(&s), EBUSY);
	CHECK_EQ(pthread_spin_unlock(&s), 0);

	pthread_barrier_t b;
	CHECK_EQ(pthread_barrier_init(&b, NULL, 2), 0);
	CHECK_EQ(pthread_barrier_wait(&b), EDEADLK);

	CHECK_EQ(pthread_once(&once, reenter), 0);
	CHECK_EQ(nested, EDEADLK);

	/* One priority, 0, for every policy. */
	struct sched_param sp = { 0 };
	CHECK_EQ(pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp), ENOTSUP);
	CHECK_EQ(pthread_setschedparam(pthread_self(), NUM(99), &sp), EINVAL);
	CHECK_EQ(pthread_setschedprio(pthread_self(), 1), EINVAL);
	CHECK_EQ(sched_get_priority_max(SCHED_FIFO), 0);
	CHECK_ERR(sched_setscheduler(0, SCHED_FIFO, &sp), EPERM);
	struct timespec slice = { 9, 9 };
	CHECK_EQ(sched_rr_get_interval(0, &slice), 0);
	CHECK(slice.tv_sec == 0 && slice.tv_nsec == 0);
	CHECK_ERR(sched_rr_get_interval(NUM(12345), &slice), ESRCH);
	pthread_mutexattr_t ma;
	int v = -1;
	pthread_mutexattr_init(&ma);
	CHECK_EQ(pthread_mutexattr_setprioceiling(&ma, 0), 0);
	CHECK_EQ(pthread_mutexattr_setprioceiling(&ma, 1), EINVAL);
	CHECK_EQ(pthread_mutexattr_getprioceiling(&ma, &v), 0);
	CHECK_EQ(v, 0);
	CHECK_EQ(pthread_mutex_setprioceiling(&m, 1, &v), EINVAL);
	CHECK_EQ(pthread_mutex_setprioceiling(&m, 0, &v), 0);
	CHECK_EQ(pthread_mutex_getprioceiling(&m, &v), 0);
	CHECK_EQ(v, 0);

	/* Invalid keys. */
	CHECK_EQ(pthread_setspecific(NUM(5000u), &v), EINVAL);
	CHECK(pthread_getspecific(NUM(5000u)) == NULL);
	CHECK_EQ(pthread_key_delete(NUM(5000u)), EINVAL);
	pthread_key_t k;
	CHECK_EQ(pthread_key_create(&k, NULL), 0);
	CHECK_EQ(pthread_key_delete(k), 0);
	CHECK_EQ(pthread_key_delete(k), EINVAL);
	CHECK_EQ(pthread_setspecific(k, &v), EINVAL);
	CHECK_EQ(tss_set(k, &v), thrd_error);

	printf("single thread done\n");
	return test_done();
}
