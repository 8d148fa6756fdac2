// portable
// scratch
/* dup, dup2, dup3 and fcntl(F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD):
   duplicates share the offset and stay open when one is closed; dup2 onto
   stdout redirects printf; the lowest free number is taken; bad
   descriptors are EBADF. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

static void sharing(void)
{
	char buf[16] = { 0 };
	int fd = open("shared.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	int d = dup(fd);
	CHECK(d >= 0 && d != fd);
	CHECK_EQ(write(fd, "hello", 5), 5);
	/* One offset for both: the dup is at 5 too. */
	CHECK_EQ(lseek(d, 0, SEEK_CUR), 5);
	CHECK_EQ(write(d, " world", 6), 6);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 11);
	CHECK_EQ(lseek(d, 0, SEEK_SET), 0);
	CHECK_EQ(read(fd, buf, 5), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);

	/* Closing one keeps the other working. */
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(read(d, buf, sizeof buf), 6);
	CHECK(memcmp(buf, " world", 6) == 0);
	struct stat st;
	CHECK_EQ(fstat(d, &st), 0);
	CHECK_EQ(st.st_size, 11);
	CHECK_ERR(read(fd, buf, 1), EBADF);
	CHECK_ERR(close(fd), EBADF);

	/* dup2 and dup3 onto a chosen number share the offset as well. */
	int hi = closed_fd();
	CHECK_EQ(dup2(d, hi), hi);
	CHECK_EQ(lseek(hi, 1, SEEK_SET), 1);
	CHECK_EQ(lseek(d, 0, SEEK_CUR), 1);
	CHECK_EQ(dup3(d, hi, 0), hi);
	CHECK_EQ(lseek(hi, 0, SEEK_CUR), 1);
	CHECK_EQ(close(hi), 0);
	CHECK_ERR(close(hi), EBADF);
	CHECK_EQ(close(d), 0);
}

static void lowest_free(void)
{
	int fd = open("low.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	int a = dup(fd);
	int b = dup(fd);
	CHECK(a >= 0 && b > a);
	CHECK_EQ(close(a), 0);
	CHECK_EQ(dup(fd), a);

	/* F_DUPFD: the lowest free at or above the argument. */
	int hi = closed_fd();
	CHECK_EQ(fcntl(fd, F_DUPFD, hi), hi);
	CHECK_EQ(fcntl(fd, F_DUPFD, hi), hi + 1);
	CHECK_EQ(close(hi), 0);
	CHECK_EQ(fcntl(fd, F_DUPFD, hi), hi);
	CHECK_ERR(fcntl(fd, F_DUPFD, -1), EINVAL);
	CHECK_EQ(close(hi), 0);
	CHECK_EQ(close(hi + 1), 0);

	/* The descriptor's own FD_CLOEXEC: off after dup, on after
	   F_DUPFD_CLOEXEC, and per descriptor. */
	CHECK_EQ(fcntl(fd, F_GETFD), 0);
	CHECK_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
	CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	int c = dup(fd);
	CHECK_EQ(fcntl(c, F_GETFD), 0);
	int e = fcntl(c, F_DUPFD_CLOEXEC, 0);
	CHECK(e >= 0);
	CHECK_EQ(fcntl(e, F_GETFD), FD_CLOEXEC);
	CHECK_EQ(fcntl(fd, F_SETFD, 0), 0);
	CHECK_EQ(fcntl(fd, F_GETFD), 0);
	CHECK_EQ(close(e), 0);
	CHECK_EQ(close(c), 0);
	CHECK_EQ(close(a), 0);
	CHECK_EQ(close(b), 0);
	CHECK_EQ(close(fd), 0);
}

static void bad_descriptors(void)
{
	int bad = closed_fd();
	int fd = open("bad.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_ERR(dup(bad), EBADF);
	CHECK_ERR(dup(-1), EBADF);
	CHECK_ERR(dup2(bad, fd), EBADF);
	CHECK_ERR(dup2(bad, bad), EBADF);
	CHECK_ERR(dup2(fd, -1), EBADF);
	CHECK_ERR(dup3(bad, fd, 0), EBADF);
	CHECK_ERR(dup3(fd, fd, 0), EINVAL);
	CHECK_ERR(dup3(fd, bad, -1), EINVAL);
	CHECK_ERR(fcntl(bad, F_DUPFD, 0), EBADF);
	CHECK_ERR(fcntl(bad, F_GETFD), EBADF);
	CHECK_ERR(fcntl(bad, F_SETFD, FD_CLOEXEC), EBADF);
	/* dup2 onto itself only checks the descriptor. */
	CHECK_EQ(dup2(fd, fd), fd);
	/* A failed dup2 leaves the target open. */
	CHECK_EQ(write(fd, "x", 1), 1);
	CHECK_EQ(close(fd), 0);
}

static void redirect_stdout(void)
{
	char buf[64] = { 0 };
	printf("before the redirection\n");
	fflush(stdout);
	int saved = dup(1);
	CHECK(saved >= 0);
	int fd = open("out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(dup2(fd, 1), 1);
	CHECK_EQ(close(fd), 0);
	printf("into the file %d\n", 42);
	fflush(stdout);
	CHECK_EQ(dup2(saved, 1), 1);
	CHECK_EQ(close(saved), 0);
	printf("after the redirection\n");
	fflush(stdout);

	fd = open("out.txt", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(read(fd, buf, sizeof buf - 1), 17);
	CHECK(strcmp(buf, "into the file 42\n") == 0);
	CHECK_EQ(close(fd), 0);
}

int main(void)
{
	sharing();
	lowest_free();
	bad_descriptors();
	redirect_stdout();
	return test_done();
}
