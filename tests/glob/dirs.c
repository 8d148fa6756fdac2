// scratch
/* Where glibc differs and we keep to POSIX: a trailing slash matches
   only directories ("file/" is no match; glibc returns "file"), and
   GLOB_MARK does not double a slash the pattern already put there
   (glibc gives "dir//"). Also glob64, the same function. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	glob_t g;
	int fd = open("file", O_WRONLY | O_CREAT, 0644);

	CHECK(fd >= 0);
	close(fd);
	CHECK_EQ(mkdir("dir", 0755), 0);
	CHECK_EQ(glob(STR("file/"), 0, NULL, &g), GLOB_NOMATCH);
	CHECK_EQ(glob(STR("*/"), GLOB_MARK, NULL, &g), 0);
	CHECK_EQ(g.gl_pathc, 1);
	CHECK(!strcmp(g.gl_pathv[0], "dir/"));
	globfree(&g);
	CHECK_EQ(glob64(STR("f*"), 0, NULL, &g), 0);
	CHECK_EQ(g.gl_pathc, 1);
	CHECK(!strcmp(g.gl_pathv[0], "file"));
	globfree64(&g);
	CHECK(g.gl_pathv == NULL && g.gl_pathc == 0);
	return test_done();
}
