// portable
/* clock_gettime, clock_getres, time, gettimeofday, nanosleep,
   clock_nanosleep, sleep, usleep, clock, getentropy, sched_yield, and
   their error paths. */
#include <sched.h>
#include <string.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "errcheck.h"

static long long ns(struct timespec t)
{
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void)
{
	struct timespec a, b, res;

	CHECK_EQ(clock_gettime(CLOCK_REALTIME, &a), 0);
	CHECK(a.tv_sec > 1600000000);
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	time_t t = time(NULL), t2;
	CHECK(t >= a.tv_sec && t - a.tv_sec < 5);
	CHECK_EQ(time(&t2), t2);
	struct timeval tv;
	CHECK_EQ(gettimeofday(&tv, NULL), 0);
	CHECK(tv.tv_sec >= a.tv_sec && tv.tv_usec >= 0 && tv.tv_usec < 1000000);

	CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &res), 0);
	CHECK(ns(res) > 0 && ns(res) <= 1000000);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	struct timespec nap = { 0, 2000000 }, rem = { 9, 9 };
	CHECK_EQ(nanosleep(&nap, &rem), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(ns(b) - ns(a) >= 2000000);
	/* rem is written only when a sleep is interrupted. */
	CHECK(rem.tv_sec == 9 && rem.tv_nsec == 9);
	CHECK_EQ(usleep(1000), 0);
	CHECK_EQ(sleep(0), 0);

	struct timespec bad = { 0, 1000000000 };
	CHECK_ERR(nanosleep(&bad, NULL), EINVAL);
	bad.tv_sec = -1;
	bad.tv_nsec = 0;
	CHECK_ERR(nanosleep(&bad, NULL), EINVAL);
	CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), EINVAL);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	a.tv_nsec += 1000000;
	if (a.tv_nsec >= 1000000000) {
		a.tv_sec++;
		a.tv_nsec -= 1000000000;
	}
	CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(ns(b) >= ns(a));

	clock_t c0 = clock();
	CHECK(c0 != (clock_t)-1);
	volatile unsigned spin = 0;
	for (unsigned i = 0; i < 1000000; i++)
		spin += i;
	CHECK(clock() >= c0);

	unsigned char r1[32], r2[32];
	memset(r1, 0, sizeof r1);
	memset(r2, 0, sizeof r2);
	CHECK_EQ(getentropy(r1, sizeof r1), 0);
	CHECK_EQ(getentropy(r2, sizeof r2), 0);
	CHECK(memcmp(r1, r2, sizeof r1) != 0);
	unsigned char big[257];
	/* POSIX.1-2024 says EINVAL; glibc still says EIO. */
	errno = 0;
	CHECK_EQ(getentropy(big, sizeof big), -1);
	CHECK(ERRNO == EINVAL || ERRNO == EIO);
	CHECK_EQ(sched_yield(), 0);
	return test_done();
}
