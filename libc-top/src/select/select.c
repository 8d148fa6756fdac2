#include <errno.h>
#include <sys/select.h>
#include <sys/time.h>

int select(int nfds, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	struct timeval *restrict tv)
{
	struct timespec ts, *t = 0;

	if (tv) {
		if (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000) {
			errno = EINVAL;
			return -1;
		}
		ts.tv_sec = tv->tv_sec;
		ts.tv_nsec = tv->tv_usec * 1000;
		t = &ts;
	}
	return pselect(nfds, r, w, e, t, 0);
}
