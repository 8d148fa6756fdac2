// portable
// scratch
/* versionsort orders digit runs by value; scandirat reads a directory
   relative to a descriptor; IFTODT and DTTOIF convert between a mode's
   file type and a d_type. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

static int visible(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(void)
{
	const char *names[] = { "file10", "file2", "file1", "file02" };

	CHECK_EQ(mkdir("d", 0755), 0);
	for (int i = 0; i < 4; i++) {
		int fd = openat(AT_FDCWD, "d", O_RDONLY | O_DIRECTORY);
		int f = openat(fd, names[i], O_WRONLY | O_CREAT, 0644);
		CHECK(f >= 0);
		close(f);
		close(fd);
	}
	int dir = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dir >= 0);

	struct dirent **list;
	int n = scandirat(dir, ".", &list, visible, versionsort);
	CHECK_EQ(n, 4);
	for (int i = 0; i < n; i++) {
		printf("versionsort: %s\n", list[i]->d_name);
		free(list[i]);
	}
	free(list);
	n = scandirat(AT_FDCWD, "d", &list, visible, alphasort);
	CHECK_EQ(n, 4);
	for (int i = 0; i < n; i++) {
		printf("alphasort: %s\n", list[i]->d_name);
		free(list[i]);
	}
	free(list);
	CHECK_ERR(scandirat(dir, "missing", &list, 0, 0), ENOENT);
	CHECK_ERR(scandirat(dir, "file1", &list, 0, 0), ENOTDIR);
	CHECK_ERR(scandirat(closed_fd(), "x", &list, 0, 0), EBADF);
	CHECK_EQ(close(dir), 0);

	CHECK_EQ(IFTODT(S_IFDIR), DT_DIR);
	CHECK_EQ(IFTODT(S_IFREG | 0644), DT_REG);
	CHECK_EQ(IFTODT(S_IFLNK), DT_LNK);
	CHECK_EQ(IFTODT(S_IFCHR), DT_CHR);
	CHECK_EQ(IFTODT(S_IFBLK), DT_BLK);
	CHECK_EQ(IFTODT(S_IFIFO), DT_FIFO);
	CHECK_EQ(IFTODT(S_IFSOCK), DT_SOCK);
	CHECK_EQ(DTTOIF(DT_DIR), S_IFDIR);
	CHECK_EQ(DTTOIF(DT_REG), S_IFREG);
	CHECK_EQ(DTTOIF(DT_LNK), S_IFLNK);
	CHECK_EQ(DTTOIF(DT_SOCK), S_IFSOCK);
	CHECK_EQ(DTTOIF(DT_FIFO), S_IFIFO);
	CHECK_EQ(DTTOIF(DT_UNKNOWN), 0);
	return test_done();
}
