#include <sys/timeb.h>
#include <time.h>

/* The time zone fields are left 0 (UTC), as POSIX.1-2001 allowed before
   the function was removed. */
int ftime(struct timeb *tb)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	tb->time = ts.tv_sec;
	tb->millitm = (unsigned short)(ts.tv_nsec / 1000000);
	tb->timezone = 0;
	tb->dstflag = 0;
	return 0;
}
