#include <sys/times.h>
#include <time.h>
#include <unistd.h>

/* Clock ticks are sysconf(_SC_CLK_TCK) a second. The CPU time is
   clock()'s, all user time; the return value is the monotonic clock, whose
   origin is arbitrary but fixed, as POSIX allows. */
clock_t times(struct tms *t)
{
	clock_t tck = sysconf(_SC_CLK_TCK);
	clock_t cpu = clock();
	struct timespec now;

	t->tms_utime = cpu == (clock_t)-1 ? 0 : cpu / (CLOCKS_PER_SEC / tck);
	t->tms_stime = t->tms_cutime = t->tms_cstime = 0;
	if (clock_gettime(CLOCK_MONOTONIC, &now) != 0)
		return (clock_t)-1;
	return now.tv_sec * tck + now.tv_nsec / (1000000000 / tck);
}
