// scratch
/* opendirat and fdclosedir, the BSD additions wasi-libc offers: a stream
   relative to a directory descriptor, and one given back as its
   descriptor, still open. */
#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(mkdir("d/sub", 0755), 0);
	int f = open("d/sub/only", O_WRONLY | O_CREAT, 0644);
	CHECK(f >= 0);
	close(f);

	int dir = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dir >= 0);
	DIR *s = opendirat(dir, "sub");
	CHECK(s != NULL);
	struct dirent *e;
	int found = 0;
	while ((e = readdir(s)))
		found += strcmp(e->d_name, "only") == 0;
	CHECK_EQ(found, 1);

	int fd = fdclosedir(s);
	CHECK(fd >= 0);
	/* The descriptor outlives the stream. */
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK(S_ISDIR(st.st_mode));
	s = fdopendir(fd);
	CHECK(s != NULL);
	CHECK_EQ(closedir(s), 0);
	CHECK_ERR(fdclosedir(NULL), EBADF);

	s = opendirat(AT_FDCWD, "d/sub");
	CHECK(s != NULL);
	CHECK_EQ(closedir(s), 0);
	errno = 0;
	CHECK(opendirat(dir, "missing") == NULL);
	CHECK_EQ(ERRNO, ENOENT);
	errno = 0;
	CHECK(opendirat(dir, "sub/only") == NULL);
	CHECK_EQ(ERRNO, ENOTDIR);
	errno = 0;
	CHECK(opendirat(closed_fd(), "sub") == NULL);
	CHECK_EQ(ERRNO, EBADF);
	CHECK_EQ(close(dir), 0);
	return test_done();
}
