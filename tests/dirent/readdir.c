// portable
// scratch
/* opendir, readdir, closedir, rewinddir, telldir, seekdir, dirfd,
   fdopendir, scandir, alphasort over a directory whose entries overflow
   any one read buffer. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

#define FILES 600

static int only_files(const struct dirent *e)
{
	return e->d_name[0] == 'f';
}

int main(void)
{
	char name[64];

	CHECK_EQ(mkdir("d", 0755), 0);
	for (int i = 0; i < FILES; i++) {
		snprintf(name, sizeof name, "d/file-with-a-longish-name-%04d", i);
		int fd = open(name, O_WRONLY | O_CREAT, 0644);
		CHECK(fd >= 0);
		close(fd);
	}
	CHECK_EQ(mkdir("d/sub", 0755), 0);

	DIR *dir = opendir("d");
	CHECK(dir != NULL);
	CHECK(dirfd(dir) >= 0);
	int files = 0, dots = 0, subs = 0;
	unsigned seen[FILES] = { 0 };
	struct dirent *e;
	long mark = -1;
	char after_mark[64] = "";
	errno = 0;
	while ((e = readdir(dir))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) {
			dots++;
			CHECK(e->d_type == DT_DIR || e->d_type == DT_UNKNOWN);
		} else if (!strcmp(e->d_name, "sub")) {
			subs++;
			CHECK(e->d_type == DT_DIR);
		} else {
			int i = atoi(e->d_name + strlen("file-with-a-longish-name-"));
			CHECK(i >= 0 && i < FILES);
			seen[i]++;
			files++;
			CHECK(e->d_type == DT_REG);
		}
		if (files == 300 && mark < 0) {
			mark = telldir(dir);
			CHECK(mark >= 0);
		} else if (mark >= 0 && !after_mark[0]) {
			strcpy(after_mark, e->d_name);
		}
	}
	CHECK_EQ(errno, 0);
	CHECK_EQ(files, FILES);
	CHECK_EQ(subs, 1);
	CHECK(dots == 0 || dots == 2);
	int once = 1;
	for (int i = 0; i < FILES; i++)
		once &= seen[i] == 1;
	CHECK(once);

	seekdir(dir, mark);
	e = readdir(dir);
	CHECK(e != NULL && !strcmp(e->d_name, after_mark));
	rewinddir(dir);
	int again = 0;
	while ((e = readdir(dir)))
		again++;
	CHECK_EQ(again, FILES + 1 + dots);
	CHECK_EQ(closedir(dir), 0);

	struct dirent **list;
	int n = scandir("d", &list, only_files, alphasort);
	CHECK_EQ(n, FILES);
	if (n == FILES) {
		printf("%s\n%s\n", list[0]->d_name, list[FILES - 1]->d_name);
		int sorted = 1;
		for (int i = 1; i < n; i++)
			sorted &= strcmp(list[i - 1]->d_name, list[i]->d_name) < 0;
		CHECK(sorted);
		for (int i = 0; i < n; i++)
			free(list[i]);
		free(list);
	}

	int fd = open("d", O_RDONLY | O_DIRECTORY);
	dir = fdopendir(fd);
	CHECK(dir != NULL);
	CHECK_EQ(dirfd(dir), fd);
	CHECK_EQ(closedir(dir), 0);

	errno = 0;
	CHECK(opendir("missing") == NULL);
	CHECK_EQ(ERRNO, ENOENT);
	errno = 0;
	CHECK(opendir("d/file-with-a-longish-name-0001") == NULL);
	CHECK_EQ(ERRNO, ENOTDIR);
	CHECK_EQ(scandir("missing", &list, NULL, NULL), -1);
	return test_done();
}
