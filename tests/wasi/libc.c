// scratch
/* The __wasilibc_* path functions of <wasi/libc.h> and
   <wasi/libc-nocwd.h>: the POSIX calls without their variadic or *at
   forms, resolved like them through the preopens and the working
   directory; the nocwd forms refuse AT_FDCWD. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>
#include <wasi/libc-nocwd.h>

#include "errcheck.h"

static void plain_forms(void)
{
	struct stat st;
	struct timespec ts[2] = { { 100, 0 }, { 200, 0 } };

	int fd = __wasilibc_open_nomode(STR("f"), O_WRONLY | O_CREAT);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "abc", 3), 3);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(__wasilibc_open_nomode(STR("nothing"), O_RDONLY), ENOENT);
	fd = __wasilibc_openat_nomode(AT_FDCWD, STR("f"), O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);

	CHECK_EQ(__wasilibc_access(STR("f"), R_OK, 0), 0);
	CHECK_ERR(__wasilibc_access(STR("nothing"), F_OK, 0), ENOENT);
	CHECK_ERR(__wasilibc_access(STR("f"), NUM(0x100), 0), EINVAL);

	CHECK_EQ(__wasilibc_stat(STR("f"), &st, 0), 0);
	CHECK_EQ(st.st_size, 3);
	CHECK(S_ISREG(st.st_mode));
	CHECK_ERR(__wasilibc_stat(STR("nothing"), &st, 0), ENOENT);

	CHECK_EQ(__wasilibc_utimens(STR("f"), ts, 0), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 200);
	CHECK_ERR(__wasilibc_utimens(STR("nothing"), ts, 0), ENOENT);

	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(chdir("d"), 0);
	/* Relative to the working directory, as link(2) would be. */
	CHECK_EQ(__wasilibc_link(STR("../f"), STR("l1"), 0), 0);
	CHECK_ERR(__wasilibc_link(STR("../f"), STR("l1"), 0), EEXIST);
	int root = open("/", O_RDONLY | O_DIRECTORY);
	CHECK(root >= 0);
	CHECK_EQ(__wasilibc_link_oldat(root, STR("f"), STR("l2"), 0), 0);
	CHECK_EQ(__wasilibc_link_newat(STR("../f"), root, STR("l3"), 0), 0);
	CHECK_EQ(stat("/f", &st), 0);
	CHECK_EQ(st.st_nlink, 4);

	CHECK_EQ(__wasilibc_rename_oldat(root, STR("l3"), STR("l4")), 0);
	CHECK_EQ(access("l4", F_OK), 0);
	CHECK_EQ(__wasilibc_rename_newat(STR("l4"), root, STR("l5")), 0);
	CHECK_EQ(access("/l5", F_OK), 0);
	CHECK_ERR(__wasilibc_rename_newat(STR("l4"), root, STR("l6")), ENOENT);

	CHECK_EQ(__wasilibc_unlinkat(root, STR("l5")), 0);
	CHECK_ERR(__wasilibc_unlinkat(root, STR("l5")), ENOENT);
	CHECK_EQ(mkdir("/e", 0755), 0);
	CHECK(__wasilibc_unlinkat(root, STR("e")) == -1);
	CHECK_EQ(__wasilibc_rmdirat(root, STR("e")), 0);
	CHECK_ERR(__wasilibc_rmdirat(root, STR("e")), ENOENT);
	CHECK_EQ(unlink("l1"), 0);
	CHECK_EQ(unlink("l2"), 0);
	CHECK_EQ(chdir("/"), 0);
	CHECK_EQ(close(root), 0);
}

static int keep_all(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

static void nocwd_forms(void)
{
	int dir = open("d", O_RDONLY | O_DIRECTORY);
	struct stat st;
	struct timespec ts[2] = { { 1, 0 }, { 2, 0 } };
	char buf[16];

	CHECK(dir >= 0);
	int fd = __wasilibc_nocwd_openat_nomode(dir, STR("g"), O_WRONLY | O_CREAT);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(__wasilibc_nocwd_openat_nomode(AT_FDCWD, STR("g"), O_RDONLY), EBADF);
	CHECK_ERR(__wasilibc_nocwd_openat_nomode(closed_fd(), STR("g"), O_RDONLY), EBADF);

	CHECK_EQ(__wasilibc_nocwd_fstatat(dir, STR("g"), &st, 0), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK_ERR(__wasilibc_nocwd_fstatat(AT_FDCWD, STR("d/g"), &st, 0), EBADF);
	CHECK_EQ(__wasilibc_nocwd_faccessat(dir, STR("g"), F_OK, 0), 0);
	CHECK_ERR(__wasilibc_nocwd_faccessat(AT_FDCWD, STR("d/g"), F_OK, 0), EBADF);
	CHECK_EQ(__wasilibc_nocwd_utimensat(dir, STR("g"), ts, 0), 0);
	CHECK_ERR(__wasilibc_nocwd_utimensat(AT_FDCWD, STR("d/g"), ts, 0), EBADF);

	CHECK_EQ(__wasilibc_nocwd_mkdirat_nomode(dir, STR("sub")), 0);
	CHECK_ERR(__wasilibc_nocwd_mkdirat_nomode(dir, STR("sub")), EEXIST);
	CHECK_ERR(__wasilibc_nocwd_mkdirat_nomode(AT_FDCWD, STR("x")), EBADF);

	CHECK_EQ(__wasilibc_nocwd_symlinkat(STR("g"), dir, STR("sl")), 0);
	CHECK_ERR(__wasilibc_nocwd_symlinkat(STR("g"), AT_FDCWD, STR("sl2")), EBADF);
	CHECK_EQ(__wasilibc_nocwd_readlinkat(dir, STR("sl"), buf, sizeof buf), 1);
	CHECK_ERR(__wasilibc_nocwd_readlinkat(AT_FDCWD, STR("d/sl"), buf, sizeof buf), EBADF);

	CHECK_EQ(__wasilibc_nocwd_linkat(dir, STR("g"), dir, STR("h"), 0), 0);
	CHECK_ERR(__wasilibc_nocwd_linkat(AT_FDCWD, STR("d/g"), dir, STR("h2"), 0), EBADF);
	CHECK_ERR(__wasilibc_nocwd_linkat(dir, STR("g"), AT_FDCWD, STR("h2"), 0), EBADF);
	CHECK_EQ(__wasilibc_nocwd_renameat(dir, STR("h"), dir, STR("i")), 0);
	CHECK_ERR(__wasilibc_nocwd_renameat(dir, STR("i"), AT_FDCWD, STR("j")), EBADF);

	DIR *d = __wasilibc_nocwd_opendirat(dir, STR("sub"));
	CHECK(d != NULL);
	CHECK_EQ(closedir(d), 0);
	errno = 0;
	CHECK(__wasilibc_nocwd_opendirat(AT_FDCWD, STR("d")) == NULL);
	CHECK_EQ(errno, EBADF);

	struct dirent **list;
	int n = __wasilibc_nocwd_scandirat(dir, STR("."), &list, keep_all, alphasort);
	CHECK_EQ(n, 4);
	if (n == 4) {
		CHECK(strcmp(list[0]->d_name, "g") == 0);
		CHECK(strcmp(list[1]->d_name, "i") == 0);
		CHECK(strcmp(list[2]->d_name, "sl") == 0);
		CHECK(strcmp(list[3]->d_name, "sub") == 0);
	}
	while (n > 0)
		free(list[--n]);
	free(list);
	CHECK_ERR(__wasilibc_nocwd_scandirat(AT_FDCWD, STR("d"), &list, 0, 0), EBADF);

	CHECK_EQ(__wasilibc_nocwd___wasilibc_unlinkat(dir, STR("i")), 0);
	CHECK_ERR(__wasilibc_nocwd___wasilibc_unlinkat(AT_FDCWD, STR("d/g")), EBADF);
	CHECK_EQ(__wasilibc_nocwd___wasilibc_rmdirat(dir, STR("sub")), 0);
	CHECK_ERR(__wasilibc_nocwd___wasilibc_rmdirat(dir, STR("sub")), ENOENT);
	CHECK_ERR(__wasilibc_nocwd___wasilibc_rmdirat(AT_FDCWD, STR("d")), EBADF);
	CHECK_EQ(close(dir), 0);
}

int main(void)
{
	plain_forms();
	nocwd_forms();
	return test_done();
}
