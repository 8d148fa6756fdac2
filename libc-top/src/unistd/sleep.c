#include <time.h>
#include <unistd.h>

/* Sleeps are never interrupted on WASI (there are no signals), so the
   unslept time is always 0. */
unsigned sleep(unsigned seconds)
{
	struct timespec ts = { .tv_sec = seconds, .tv_nsec = 0 };

	nanosleep(&ts, 0);
	return 0;
}
