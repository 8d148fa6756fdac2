// portable
/* pipe and pipe2 within one process: a round trip, readv/writev, end of
   file once the write end is closed, EPIPE once the read end is, poll,
   fstat (S_ISFIFO), F_GETFL, FIONREAD, and what a pipe cannot do. Only
   what never blocks natively either is here; see pipe_wasi.c. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#ifndef __wasi__
#include <signal.h>
#endif

#include "errcheck.h"

static void round_trip(void)
{
	int p[2];
	char buf[32] = { 0 };
	CHECK_EQ(pipe(p), 0);
	CHECK(p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
	CHECK_EQ(write(p[1], "hello", 5), 5);
	CHECK_EQ(write(p[1], ", pipe", 6), 6);
	int n = -1;
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, 11);
	CHECK_EQ(read(p[0], buf, 3), 3);
	CHECK(memcmp(buf, "hel", 3) == 0);
	CHECK_EQ(read(p[0], buf, sizeof buf), 8);
	CHECK(memcmp(buf, "lo, pipe", 8) == 0);

	/* Gather and scatter. */
	struct iovec out[2] = { { "ab", 2 }, { "cde", 3 } };
	CHECK_EQ(writev(p[1], out, 2), 5);
	char x[2], y[8];
	struct iovec in[2] = { { x, sizeof x }, { y, sizeof y } };
	CHECK_EQ(readv(p[0], in, 2), 5);
	CHECK(memcmp(x, "ab", 2) == 0 && memcmp(y, "cde", 3) == 0);

	/* The wrong end, and what a pipe cannot do. */
	CHECK_ERR(read(p[1], buf, 1), EBADF);
	CHECK_ERR(write(p[0], "x", 1), EBADF);
	CHECK_ERR(lseek(p[0], 0, SEEK_CUR), ESPIPE);
	CHECK_ERR(pread(p[0], buf, 1, 0), ESPIPE);
	CHECK_ERR(pwrite(p[1], "x", 1, 0), ESPIPE);
	errno = 0;
	CHECK_EQ(isatty(p[0]), 0);
	CHECK_EQ(errno, ENOTTY);

	struct stat st;
	CHECK_EQ(fstat(p[0], &st), 0);
	CHECK(S_ISFIFO(st.st_mode));
	CHECK_EQ(fstat(p[1], &st), 0);
	CHECK(S_ISFIFO(st.st_mode));
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_ACCMODE, O_RDONLY);
	CHECK_EQ(fcntl(p[1], F_GETFL) & O_ACCMODE, O_WRONLY);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);

	/* A dup of the write end writes into the same pipe. */
	int w2 = dup(p[1]);
	CHECK(w2 >= 0);
	CHECK_EQ(write(w2, "dup", 3), 3);
	CHECK_EQ(read(p[0], buf, sizeof buf), 3);
	CHECK(memcmp(buf, "dup", 3) == 0);
	CHECK_EQ(close(w2), 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
	CHECK_ERR(close(p[1]), EBADF);
}

static void end_of_file(void)
{
	int p[2];
	char buf[8];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(write(p[1], "last", 4), 4);
	int w2 = dup(p[1]);
	CHECK_EQ(close(p[1]), 0);
	CHECK_EQ(close(w2), 0);
	/* What was written is still there; then end of file, for good. */
	CHECK_EQ(read(p[0], buf, sizeof buf), 4);
	CHECK_EQ(read(p[0], buf, sizeof buf), 0);
	CHECK_EQ(read(p[0], buf, sizeof buf), 0);
	struct pollfd pf = { p[0], POLLIN, 0 };
	CHECK_EQ(poll(&pf, 1, 0), 1);
	CHECK(pf.revents & POLLHUP);
	CHECK_EQ(close(p[0]), 0);
}

static void broken_pipe(void)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_ERR(write(p[1], "x", 1), EPIPE);
	struct pollfd pf = { p[1], POLLOUT, 0 };
	CHECK_EQ(poll(&pf, 1, 0), 1);
	CHECK(pf.revents & POLLERR);
	CHECK_EQ(close(p[1]), 0);
}

static void polling(void)
{
	int p[2];
	char c;
	CHECK_EQ(pipe2(p, O_NONBLOCK), 0);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	CHECK_EQ(poll(pf, 2, 0), 1);
	CHECK_EQ(pf[0].revents, 0);
	CHECK_EQ(pf[1].revents, POLLOUT);
	CHECK_ERR(read(p[0], &c, 1), EAGAIN);
	CHECK_EQ(write(p[1], "z", 1), 1);
	CHECK_EQ(poll(pf, 2, 0), 2);
	CHECK_EQ(pf[0].revents, POLLIN);
	CHECK_EQ(read(p[0], &c, 1), 1);
	CHECK_EQ(c, 'z');
	/* A negative descriptor is skipped; a closed one is POLLNVAL. */
	struct pollfd q[2] = { { -1, POLLIN, 0 }, { closed_fd(), POLLIN, 0 } };
	CHECK_EQ(poll(q, 2, 0), 1);
	CHECK_EQ(q[0].revents, 0);
	CHECK_EQ(q[1].revents, POLLNVAL);
	CHECK_EQ(fcntl(p[0], F_SETFL, 0), 0);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
}

static void bad_arguments(void)
{
	int p[2];
	CHECK_ERR(pipe2(p, O_APPEND), EINVAL);
	CHECK_ERR(fstat(closed_fd(), &(struct stat){ 0 }), EBADF);
}

int main(void)
{
#ifndef __wasi__
	/* There are no signals in WASI; natively, EPIPE needs SIGPIPE off. */
	signal(SIGPIPE, SIG_IGN);
#endif
	round_trip();
	end_of_file();
	broken_pipe();
	polling();
	bad_arguments();
	return test_done();
}
