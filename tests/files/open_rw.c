// portable
// scratch
/* open, read, write, lseek, pread, pwrite, ftruncate, fstat, readv, writev,
   O_EXCL, O_APPEND, O_TRUNC, and their error paths. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	char buf[64];
	int fd = open("f.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "hello world", 11), 11);
	CHECK_EQ(close(fd), 0);

	fd = open("f.txt", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(read(fd, buf, sizeof buf), 11);
	CHECK(memcmp(buf, "hello world", 11) == 0);
	CHECK_EQ(read(fd, buf, sizeof buf), 0);
	CHECK_EQ(lseek(fd, 6, SEEK_SET), 6);
	CHECK_EQ(read(fd, buf, 5), 5);
	CHECK(memcmp(buf, "world", 5) == 0);
	CHECK_EQ(lseek(fd, -5, SEEK_END), 6);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 6);
	CHECK_EQ(pread(fd, buf, 4, 1), 4);
	CHECK(memcmp(buf, "ello", 4) == 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 6);
	CHECK_ERR(write(fd, "x", 1), EBADF);
	CHECK_ERR(lseek(fd, 0, 42), EINVAL);
	CHECK_ERR(pread(fd, buf, 1, -1), EINVAL);
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 11);
	CHECK(S_ISREG(st.st_mode));
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(close(fd), EBADF);

	fd = open("f.txt", O_RDWR);
	CHECK(fd >= 0);
	CHECK_EQ(pwrite(fd, "J", 1, 6), 1);
	CHECK_EQ(ftruncate(fd, 8), 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 8);
	CHECK_ERR(ftruncate(fd, -1), EINVAL);
	struct iovec iov[2] = { { buf, 3 }, { buf + 10, 5 } };
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(readv(fd, iov, 2), 8);
	CHECK(memcmp(buf, "hel", 3) == 0 && memcmp(buf + 10, "lo Jo", 5) == 0);
	struct iovec out[2] = { { "ab", 2 }, { "cd", 2 } };
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(writev(fd, out, 2), 4);
	CHECK_ERR(writev(fd, out, -1), EINVAL);
	CHECK_EQ(pread(fd, buf, 8, 0), 8);
	CHECK(memcmp(buf, "abcdo Jo", 8) == 0);
	CHECK_EQ(close(fd), 0);

	CHECK_ERR(open("f.txt", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	CHECK_ERR(open("missing.txt", O_RDONLY), ENOENT);
	CHECK_ERR(open("f.txt/x", O_RDONLY), ENOTDIR);
	CHECK_ERR(open("f.txt", O_RDONLY | O_DIRECTORY), ENOTDIR);

	fd = open("f.txt", O_WRONLY | O_APPEND);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "!", 1), 1);
	CHECK_EQ(close(fd), 0);
	fd = open("f.txt", O_RDONLY);
	CHECK_EQ(read(fd, buf, sizeof buf), 9);
	CHECK(memcmp(buf, "abcdo Jo!", 9) == 0);
	CHECK_EQ(close(fd), 0);

	fd = creat("f.txt", 0644);
	CHECK(fd >= 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 0);
	CHECK_EQ(close(fd), 0);

	CHECK_ERR(read(-1, buf, 1), EBADF);
	CHECK_ERR(fstat(closed_fd(), &st), EBADF);
	return test_done();
}
