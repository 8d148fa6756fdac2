// portable
/* C11 <threads.h> with one thread: mutexes, conditions with deadlines,
   call_once, thread-specific storage, sleeping and yielding. */
#include <threads.h>
#include <time.h>

#include "test.h"

static int runs;
static once_flag flag = ONCE_FLAG_INIT;

static void init(void)
{
	runs++;
}

int main(void)
{
	const struct timespec past = { 1, 0 };
	mtx_t m;
	CHECK_EQ(mtx_init(&m, mtx_plain), thrd_success);
	CHECK_EQ(mtx_lock(&m), thrd_success);
	CHECK_EQ(mtx_trylock(&m), thrd_busy);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	CHECK_EQ(mtx_trylock(&m), thrd_success);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	mtx_destroy(&m);

	CHECK_EQ(mtx_init(&m, mtx_timed), thrd_success);
	CHECK_EQ(mtx_timedlock(&m, &past), thrd_success);
	CHECK_EQ(mtx_timedlock(&m, &past), thrd_timedout);
	cnd_t c;
	CHECK_EQ(cnd_init(&c), thrd_success);
	CHECK_EQ(cnd_signal(&c), thrd_success);
	CHECK_EQ(cnd_broadcast(&c), thrd_success);
	struct timespec soon;
	CHECK_EQ(timespec_get(&soon, TIME_UTC), TIME_UTC);
	soon.tv_nsec += 10000000;
	if (soon.tv_nsec >= 1000000000) {
		soon.tv_sec++;
		soon.tv_nsec -= 1000000000;
	}
	CHECK_EQ(cnd_timedwait(&c, &m, &soon), thrd_timedout);
	struct timespec now;
	timespec_get(&now, TIME_UTC);
	CHECK(now.tv_sec > soon.tv_sec || (now.tv_sec == soon.tv_sec && now.tv_nsec >= soon.tv_nsec));
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	cnd_destroy(&c);
	mtx_destroy(&m);

	CHECK_EQ(mtx_init(&m, mtx_recursive), thrd_success);
	CHECK_EQ(mtx_lock(&m), thrd_success);
	CHECK_EQ(mtx_lock(&m), thrd_success);
	CHECK_EQ(mtx_trylock(&m), thrd_success);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	mtx_destroy(&m);
	CHECK_EQ(mtx_init(&m, mtx_timed | mtx_recursive), thrd_success);
	mtx_destroy(&m);

	call_once(&flag, init);
	call_once(&flag, init);
	CHECK_EQ(runs, 1);

	tss_t k;
	static int value;
	CHECK_EQ(tss_create(&k, NULL), thrd_success);
	CHECK(tss_get(k) == NULL);
	CHECK_EQ(tss_set(k, &value), thrd_success);
	CHECK(tss_get(k) == &value);
	tss_delete(k);

	CHECK(thrd_equal(thrd_current(), thrd_current()));
	CHECK((thrd_equal)(thrd_current(), thrd_current()));
	struct timespec nap = { 0, 1000000 };
	CHECK_EQ(thrd_sleep(&nap, NULL), 0);
	struct timespec bad = { 0, -1 };
	CHECK(thrd_sleep(&bad, NULL) < -1);
	thrd_yield();

	printf("C11 threads done\n");
	return test_done();
}
