// portable
// scratch
/* fcntl, utimensat/futimens/utimes/utime, posix_fadvise, posix_fallocate,
   preadv/pwritev, chmod/chown where the result already holds, and errors. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>
#include <utime.h>

#include "errcheck.h"

int main(void)
{
	struct stat st;
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);

	int fl = fcntl(fd, F_GETFL);
	CHECK((fl & O_ACCMODE) == O_RDWR);
	CHECK(!(fl & O_APPEND));
	CHECK_EQ(fcntl(fd, F_SETFL, fl | O_APPEND), 0);
	CHECK(fcntl(fd, F_GETFL) & O_APPEND);
	CHECK_EQ(write(fd, "abc", 3), 3);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(write(fd, "d", 1), 1);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 4);
	CHECK_EQ(fcntl(fd, F_SETFL, fl), 0);
	CHECK(!(fcntl(fd, F_GETFL) & O_APPEND));
	CHECK(fcntl(fd, F_GETFD) >= 0);
	CHECK_ERR(fcntl(-5, F_GETFL), EBADF);

	struct timespec ts[2] = { { 1000000000, 5 }, { 1200000000, 7 } };
	CHECK_EQ(futimens(fd, ts), 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 1200000000);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 1300000000;
	ts[1].tv_nsec = 0;
	CHECK_EQ(utimensat(AT_FDCWD, "f", ts, 0), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 1300000000);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	struct timeval tv[2] = { { 1400000000, 0 }, { 1500000000, 0 } };
	CHECK_EQ(utimes("f", tv), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mtime, 1500000000);
	struct utimbuf ub = { 1600000000, 1700000000 };
	CHECK_EQ(utime("f", &ub), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mtime, 1700000000);
	CHECK_EQ(st.st_atime, 1600000000);
	ts[0].tv_nsec = 2000000000;
	CHECK_ERR(utimensat(AT_FDCWD, "f", ts, 0), EINVAL);
	CHECK_ERR(utimensat(AT_FDCWD, "missing", NULL, 0), ENOENT);

	CHECK_EQ(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL), 0);
	CHECK_EQ(posix_fadvise(fd, 0, 0, 99), EINVAL);
	CHECK_EQ(posix_fallocate(fd, 0, 100), 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 100);
	CHECK_EQ(posix_fallocate(fd, 0, 0), EINVAL);

	char a[3], b[4];
	struct iovec iov[2] = { { a, 3 }, { b, 4 } };
	struct iovec out[2] = { { "xyz", 3 }, { "1234", 4 } };
	CHECK_EQ(pwritev(fd, out, 2, 10), 7);
	CHECK_EQ(preadv(fd, iov, 2, 10), 7);
	CHECK(memcmp(a, "xyz", 3) == 0 && memcmp(b, "1234", 4) == 0);
	CHECK_ERR(preadv(fd, iov, 2, -1), EINVAL);

	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(fchmod(fd, st.st_mode & 07777), 0);
	CHECK_EQ(chmod("f", st.st_mode & 07777), 0);
	CHECK_EQ(chown("f", st.st_uid, st.st_gid), 0);
	CHECK_EQ(fchown(fd, (uid_t)-1, (gid_t)-1), 0);
	CHECK_ERR(chmod("missing", 0644), ENOENT);
	CHECK_ERR(chown("missing", 0, 0), ENOENT);
	mode_t old = umask(077);
	CHECK_EQ(umask(old), 077);
	CHECK_EQ(close(fd), 0);
	return test_done();
}
