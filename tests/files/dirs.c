// portable
// scratch
/* mkdir, rmdir, unlink, rename, stat/lstat, access, symlink/readlink, link,
   chdir/getcwd, the *at forms, and their error paths. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errcheck.h"

int rename(const char *, const char *);

static void touch(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, text, strlen(text)), (long long)strlen(text));
	CHECK_EQ(close(fd), 0);
}

int main(void)
{
	struct stat st;
	char buf[256];

	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_ERR(mkdir("d", 0755), EEXIST);
	CHECK_EQ(stat("d", &st), 0);
	CHECK(S_ISDIR(st.st_mode));
	touch("d/a", "abc");
	CHECK_EQ(stat("d/a", &st), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK_EQ(st.st_size, 3);
	CHECK_EQ(st.st_nlink, 1);
	CHECK_ERR(rmdir("d"), ENOTEMPTY);
	CHECK_ERR(rmdir("d/a"), ENOTDIR);
	CHECK_ERR(stat("nope", &st), ENOENT);
	CHECK_ERR(mkdir("nope/x", 0755), ENOENT);

	CHECK_EQ(access("d/a", F_OK), 0);
	CHECK_EQ(access("d/a", R_OK | W_OK), 0);
	CHECK_ERR(access("d/missing", F_OK), ENOENT);
	CHECK_ERR(access("d/a", 0x40), EINVAL);

	CHECK_EQ(rename("d/a", "d/b"), 0);
	CHECK_ERR(stat("d/a", &st), ENOENT);
	CHECK_EQ(stat("d/b", &st), 0);
	CHECK_ERR(rename("d/missing", "d/c"), ENOENT);

	CHECK_EQ(link("d/b", "d/hard"), 0);
	CHECK_EQ(stat("d/b", &st), 0);
	CHECK_EQ(st.st_nlink, 2);
	CHECK_ERR(link("d/b", "d/hard"), EEXIST);

	CHECK_EQ(symlink("b", "d/sym"), 0);
	CHECK_EQ(lstat("d/sym", &st), 0);
	CHECK(S_ISLNK(st.st_mode));
	CHECK_EQ(stat("d/sym", &st), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK_EQ(readlink("d/sym", buf, sizeof buf), 1);
	CHECK(buf[0] == 'b');
	CHECK_ERR(readlink("d/b", buf, sizeof buf), EINVAL);

	CHECK_EQ(chdir("d"), 0);
	CHECK(getcwd(buf, sizeof buf) != NULL);
	CHECK(strcmp(buf + strlen(buf) - 2, "/d") == 0);
	CHECK_EQ(stat("b", &st), 0);
	CHECK_ERR(chdir("b"), ENOTDIR);
	CHECK_EQ(chdir(".."), 0);
	CHECK_EQ(stat("d/b", &st), 0);

	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	CHECK_EQ(fstatat(dfd, "b", &st, 0), 0);
	CHECK_EQ(st.st_size, 3);
	CHECK_EQ(fstatat(dfd, "sym", &st, AT_SYMLINK_NOFOLLOW), 0);
	CHECK(S_ISLNK(st.st_mode));
	CHECK_EQ(mkdirat(dfd, "sub", 0755), 0);
	int fd = openat(dfd, "sub/f", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(unlinkat(dfd, "sub/f", 0), 0);
	CHECK_EQ(unlinkat(dfd, "sub", AT_REMOVEDIR), 0);
	CHECK_ERR(unlinkat(dfd, "sub", AT_REMOVEDIR), ENOENT);
	CHECK_EQ(faccessat(dfd, "b", R_OK, 0), 0);
	CHECK_EQ(close(dfd), 0);

	CHECK_EQ(unlink("d/sym"), 0);
	CHECK_EQ(unlink("d/hard"), 0);
	CHECK_EQ(unlink("d/b"), 0);
	CHECK_ERR(unlink("d/b"), ENOENT);
	CHECK_EQ(rmdir("d"), 0);
	CHECK_ERR(stat("d", &st), ENOENT);
	return test_done();
}
