// portable
/* getrusage, times and ftime: the program's own CPU time, none for
   children, and the real time. */
#include <string.h>
#include <sys/resource.h>
#include <sys/timeb.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	struct rusage ru;
	struct tms t;
	struct timeb tb;

	memset(&ru, 0x55, sizeof ru);
	CHECK_EQ(getrusage(RUSAGE_SELF, &ru), 0);
	CHECK(ru.ru_utime.tv_sec >= 0);
	CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	CHECK(ru.ru_stime.tv_usec >= 0 && ru.ru_stime.tv_usec < 1000000);
	memset(&ru, 0x55, sizeof ru);
	CHECK_EQ(getrusage(RUSAGE_CHILDREN, &ru), 0);
	CHECK_EQ(ru.ru_utime.tv_sec, 0);
	CHECK_EQ(ru.ru_utime.tv_usec, 0);
	CHECK_EQ(ru.ru_stime.tv_sec, 0);
	CHECK_ERR(getrusage(NUM(12345), &ru), EINVAL);

	/* Some CPU time passes between two calls, never a negative amount. */
	clock_t r0 = times(&t), u0 = t.tms_utime;
	volatile unsigned long spin = 0;
	for (long i = 0; i < 2000000; i++)
		spin += (unsigned long)i;
	clock_t r1 = times(&t);
	CHECK(r0 != (clock_t)-1 && r1 >= r0);
	CHECK(t.tms_utime >= u0);
	CHECK_EQ(t.tms_cutime, 0);
	CHECK_EQ(t.tms_cstime, 0);

	time_t before = time(0);
	CHECK_EQ(ftime(&tb), 0);
	CHECK(tb.time >= before && tb.time <= time(0));
	CHECK(tb.millitm < 1000);
	return test_done();
}
