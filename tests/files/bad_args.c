/* The bottom half never traps on what a caller passes: null pointers,
   negative lengths and descriptors, descriptors that are not open, bad
   flags. Each call fails with the errno POSIX (or Linux) gives. */
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	char buf[8];
	struct stat st;
	struct iovec iov = { buf, sizeof buf };
	struct timespec ts = { 0, 0 };
	const char *volatile null_path = NULL;
	void *volatile null_buf = NULL;

	CHECK_ERR(open(null_path, O_RDONLY), EFAULT);
	CHECK_ERR(open("", O_RDONLY), ENOENT);
	CHECK_ERR(open("x", 1 << 30), EINVAL);
	CHECK_ERR(openat(-7, "x", O_RDONLY), EBADF);
	CHECK_ERR(read(-1, buf, 1), EBADF);
	CHECK_ERR(read(0, null_buf, 1), EFAULT);
	CHECK_ERR(write(1, null_buf, 1), EFAULT);
	CHECK_ERR(write(1, buf, (size_t)-1), EINVAL);
	CHECK_ERR(write(77, buf, 1), EBADF);
	CHECK_ERR(pread(0, buf, 1, -5), EINVAL);
	CHECK_ERR(readv(1, &iov, -1), EINVAL);
	CHECK_ERR(readv(1, NULL, 1), EFAULT);
	CHECK_ERR(lseek(-1, 0, SEEK_SET), EBADF);
	CHECK_ERR(close(-1), EBADF);
	CHECK_ERR(close(1000), EBADF);
	CHECK_ERR(fstat(-1, &st), EBADF);
	CHECK_ERR(stat(null_path, &st), EFAULT);
	CHECK_ERR(stat("/", (struct stat *)null_buf), EFAULT);
	CHECK_ERR(fstatat(AT_FDCWD, "x", &st, 0x100), EINVAL);
	CHECK_ERR(mkdir(null_path, 0755), EFAULT);
	CHECK_ERR(unlinkat(AT_FDCWD, "x", 0x40), EINVAL);
	CHECK_ERR(rename(null_path, "y"), EFAULT);
	CHECK_ERR(readlink("x", buf, 0), EINVAL);
	CHECK_ERR(chdir(null_path), EFAULT);
	CHECK(getcwd(buf, 0) == NULL && ERRNO == EINVAL);
	CHECK_ERR(ftruncate(-1, 0), EBADF);
	CHECK_ERR(fcntl(-1, F_GETFL), EBADF);
	CHECK_ERR(fcntl(1, 12345), EINVAL);
	CHECK_ERR(clock_gettime(CLOCK_REALTIME, NULL), EFAULT);
	CHECK_ERR(clock_gettime((clockid_t)buf, &ts), EINVAL);
	CHECK_ERR(nanosleep(NULL, NULL), EFAULT);
	CHECK_ERR(getentropy(null_buf, 4), EFAULT);
	CHECK_ERR(poll(NULL, 1, 0), EFAULT);
	CHECK(opendir(null_path) == NULL && ERRNO == EFAULT);
	CHECK(fdopendir(-1) == NULL && ERRNO == EBADF);
	CHECK_ERR(closedir(NULL), EBADF);
	CHECK(readdir(NULL) == NULL && ERRNO == EBADF);
	CHECK_ERR(isatty(-1) ? 0 : -1, EBADF);
	return test_done();
}
