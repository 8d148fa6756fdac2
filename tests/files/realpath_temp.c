// portable
// scratch
/* realpath through ".", "..", symbolic links (relative, chained, dangling)
   and its errors; mkstemp, mkostemp, mkdtemp, mktemp. Paths are printed
   relative to the scratch directory, which differs between the runs. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

static char base[4096];

static void show(const char *path)
{
	char buf[4096];
	errno = 0;
	char *r = realpath(path, buf);
	if (!r) {
		printf("%s -> error %s\n", path, errname(ERRNO));
		return;
	}
	size_t n = strlen(base);
	if (strncmp(r, base, n) == 0 && (r[n] == '/' || r[n] == 0))
		printf("%s -> .%s\n", path, r + n);
	else
		printf("%s -> outside\n", path);
}

int main(void)
{
	CHECK(realpath(".", base) != NULL);
	if (strcmp(base, "/") == 0)
		base[0] = 0;
	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(mkdir("d/e", 0755), 0);
	int fd = open("d/e/f", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	close(fd);
	CHECK_EQ(symlink("e/f", "d/lf"), 0);
	CHECK_EQ(symlink("../d", "d/up"), 0);
	CHECK_EQ(symlink("lf", "d/chain"), 0);
	CHECK_EQ(symlink("nowhere", "d/dangling"), 0);
	CHECK_EQ(symlink("loop2", "d/loop1"), 0);
	CHECK_EQ(symlink("loop1", "d/loop2"), 0);

	show("d");
	show("./d//e/./f");
	show("d/e/../e/f");
	show("d/lf");
	show("d/chain");
	show("d/up/up/e");
	show("d/up/lf");
	show("d/dangling");
	show("d/missing");
	show("d/e/f/g");
	show("d/loop1");
	char *m = realpath("d/lf", NULL);
	CHECK(m != NULL && strstr(m, "/d/e/f") != NULL);
	free(m);

	char t1[] = "tmp-XXXXXX";
	fd = mkstemp(t1);
	CHECK(fd >= 0);
	CHECK(strncmp(t1, "tmp-", 4) == 0 && strcmp(t1 + 4, "XXXXXX") != 0);
	CHECK_EQ(write(fd, "x", 1), 1);
	close(fd);
	struct stat st;
	CHECK_EQ(stat(t1, &st), 0);
	CHECK_EQ(st.st_size, 1);
	char t2[] = "tmp-XXXXXX";
	fd = mkostemp(t2, O_APPEND);
	CHECK(fd >= 0 && strcmp(t1, t2) != 0);
	close(fd);
	char t3[] = "dir-XXXXXX";
	CHECK(mkdtemp(t3) == t3);
	CHECK_EQ(stat(t3, &st), 0);
	CHECK(S_ISDIR(st.st_mode));
	char bad[] = "tmp-XXXXX";
	CHECK_ERR(mkstemp(bad), EINVAL);
	char t4[] = "name-XXXXXX";
	CHECK(mktemp(t4) == t4 && strncmp(t4, "name-", 5) == 0 && strlen(t4) == 11);
	return test_done();
}
