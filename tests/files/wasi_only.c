// scratch
/* What WASI preview 1 fixes where a native system varies: the process and
   user ids, sysconf answers, modes that cannot change. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"


int main(void)
{
	CHECK_EQ(getpid(), 1);
	CHECK_EQ(getppid(), 0);
	CHECK_EQ(getuid(), 0);
	CHECK_EQ(geteuid(), 0);
	CHECK_EQ(getgid(), 0);
	CHECK_EQ(getegid(), 0);
	CHECK_EQ(getpagesize(), 65536);
	CHECK_EQ(sysconf(_SC_PAGESIZE), 65536);
	CHECK_EQ(sysconf(_SC_NPROCESSORS_ONLN), 1);
	CHECK_ERR(sysconf(-1), EINVAL);

	int fd = open("f", O_WRONLY | O_CREAT, 0600);
	CHECK(fd >= 0);
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0644);
	CHECK_EQ(st.st_uid, 0);
	CHECK_ERR(fchmod(fd, 0600), ENOTSUP);
	CHECK_ERR(chown("f", 1000, 1000), ENOTSUP);
	CHECK_EQ(mkdir("d", 0700), 0);
	CHECK_EQ(stat("d", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0755);
	CHECK_EQ(close(fd), 0);
	return test_done();
}
