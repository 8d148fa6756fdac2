// portable
// scratch
/* poll and select on files and standard output, timeouts, and errors. */
#include <fcntl.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "errcheck.h"

static long long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "x", 1), 1);

	struct pollfd p[3] = {
		{ fd, POLLIN | POLLOUT, 99 },
		{ -1, POLLIN, 99 },
		{ 1, POLLOUT, 0 },
	};
	int n = poll(p, 3, 1000);
	CHECK_EQ(n, 2);
	CHECK((p[0].revents & (POLLIN | POLLOUT)) == (POLLIN | POLLOUT));
	CHECK_EQ(p[1].revents, 0);
	CHECK(p[2].revents & POLLOUT);

	long long t0 = now_ms();
	CHECK_EQ(poll(NULL, 0, 20), 0);
	CHECK(now_ms() - t0 >= 20);

	int closed = closed_fd();
	struct pollfd bad = { closed, POLLIN, 0 };
	CHECK_EQ(poll(&bad, 1, 0), 1);
	CHECK(bad.revents & POLLNVAL);

	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(fd, &r);
	FD_SET(fd, &w);
	struct timeval tv = { 1, 0 };
	CHECK_EQ(select(fd + 1, &r, &w, NULL, &tv), 2);
	CHECK(FD_ISSET(fd, &r) && FD_ISSET(fd, &w));

	FD_ZERO(&r);
	tv.tv_sec = 0;
	tv.tv_usec = 10000;
	t0 = now_ms();
	CHECK_EQ(select(0, &r, NULL, NULL, &tv), 0);
	CHECK(now_ms() - t0 >= 10);
	FD_ZERO(&r);
	FD_SET(closed, &r);
	tv.tv_usec = 0;
	CHECK_ERR(select(closed + 1, &r, NULL, NULL, &tv), EBADF);
	CHECK_EQ(close(fd), 0);
	return test_done();
}
