// portable
// scratch
/* truncate sets a file's size by name; futimesat sets its times relative
   to a directory descriptor, in microseconds. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	struct stat st;
	struct timeval tv[2] = { { 1000, 5 }, { 2000, 250000 } };

	CHECK_EQ(mkdir("d", 0755), 0);
	int fd = open("d/f", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "hello world", 11), 11);
	CHECK_EQ(close(fd), 0);

	CHECK_EQ(truncate("d/f", 5), 0);
	CHECK_EQ(stat("d/f", &st), 0);
	CHECK_EQ(st.st_size, 5);
	CHECK_EQ(truncate("d/f", 100), 0);
	CHECK_EQ(stat("d/f", &st), 0);
	CHECK_EQ(st.st_size, 100);
	CHECK_ERR(truncate("d/missing", 0), ENOENT);
	CHECK_ERR(truncate("d", 0), EISDIR);
	CHECK_ERR(truncate("d/f", NUM((off_t)-1)), EINVAL);

	int dir = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dir >= 0);
	CHECK_EQ(futimesat(dir, "f", tv), 0);
	CHECK_EQ(stat("d/f", &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 2000);
	CHECK_EQ(st.st_mtim.tv_nsec, 250000000);
	CHECK_EQ(st.st_atim.tv_sec, 1000);
	CHECK_EQ(futimesat(AT_FDCWD, "d/f", tv), 0);
	tv[1].tv_usec = 1000000;
	CHECK_ERR(futimesat(dir, "f", tv), EINVAL);
	CHECK_ERR(futimesat(dir, "missing", 0), ENOENT);
	CHECK_EQ(close(dir), 0);
	return test_done();
}
