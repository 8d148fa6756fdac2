// portable
/* The CPU-time clocks: readable, never going back, moving while the
   program computes, with a resolution; the thread's clock is what
   pthread_getcpuclockid names; a thread cannot sleep on its own CPU
   clock (POSIX: EINVAL). */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>

#include "errcheck.h"

static long long ns(struct timespec t)
{
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static volatile double sink;

int main(void)
{
	clockid_t clocks[] = { CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID };
	for (int i = 0; i < 2; i++) {
		struct timespec a, b, res;
		CHECK_EQ(clock_gettime(clocks[i], &a), 0);
		for (int k = 0; k < 2000000; k++)
			sink += k * 0.5;
		CHECK_EQ(clock_gettime(clocks[i], &b), 0);
		CHECK(ns(b) > ns(a));
		CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
		CHECK_EQ(clock_getres(clocks[i], &res), 0);
		CHECK(ns(res) > 0 && ns(res) <= 1000000);
	}

	clockid_t mine;
	CHECK_EQ(pthread_getcpuclockid(pthread_self(), &mine), 0);
	struct timespec t;
	CHECK_EQ(clock_gettime(mine, &t), 0);
	CHECK(ns(t) > 0);

	struct timespec soon = { 0, 1000 };
	CHECK_EQ(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &soon, NULL), EINVAL);

	clock_t c0 = clock();
	for (int k = 0; k < 2000000; k++)
		sink += k * 0.25;
	CHECK(c0 != (clock_t)-1 && clock() > c0);
	return test_done();
}
