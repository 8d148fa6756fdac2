// portable
// scratch
/* pathconf and fpathconf: the limits that every file system shares on
   Linux and that this libc fixes (docs/posix.md), and the errors. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(pathconf("f", _PC_NAME_MAX), NAME_MAX);
	CHECK_EQ(pathconf(".", _PC_PATH_MAX), PATH_MAX);
	CHECK_EQ(fpathconf(fd, _PC_NAME_MAX), NAME_MAX);
	CHECK_EQ(fpathconf(fd, _PC_PIPE_BUF), PIPE_BUF);
	CHECK_EQ(pathconf(".", _PC_NO_TRUNC), 1);
	CHECK_EQ(fpathconf(fd, _PC_CHOWN_RESTRICTED), 1);

	CHECK_ERR(pathconf("missing", _PC_NAME_MAX), ENOENT);
	CHECK_ERR(fpathconf(closed_fd(), _PC_NAME_MAX), EBADF);
	CHECK_ERR(pathconf(".", 9999), EINVAL);
	CHECK_ERR(fpathconf(fd, -1), EINVAL);
	CHECK_EQ(close(fd), 0);
	return test_done();
}
