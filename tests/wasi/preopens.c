// scratch
/* <wasi/libc-find-relpath.h> and the preopen registry: paths resolve to
   a preopened descriptor and a relative path exactly as open() resolves
   them; a registered directory serves paths under its name; resetting
   forgets every preopen until they are populated again. The scratch
   directory is the preopen "/", descriptor 3. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/libc.h>
#include <wasi/libc-find-relpath.h>

#include "errcheck.h"

void __wasilibc_populate_preopens(void);
void __wasilibc_reset_preopens(void);

static void relpath(void)
{
	const char *prefix = 0;
	char buf[16], *rel = buf;

	CHECK_EQ(__wasilibc_find_relpath(STR("a/b"), &prefix, &rel, sizeof buf), 3);
	CHECK(strcmp(prefix, "") == 0);
	CHECK(strcmp(rel, "a/b") == 0);
	CHECK_EQ(chdir("d"), 0);
	CHECK_EQ(__wasilibc_find_relpath(STR("../x/./y"), &prefix, &rel, sizeof buf), 3);
	CHECK(strcmp(rel, "x/y") == 0);
	CHECK_EQ(__wasilibc_find_relpath(STR("."), &prefix, &rel, sizeof buf), 3);
	/* A trailing slash: "." names a directory. */
	CHECK(strcmp(rel, "d/") == 0);
	CHECK_EQ(chdir("/"), 0);
	CHECK_EQ(__wasilibc_find_relpath(STR("/"), &prefix, &rel, sizeof buf), 3);
	CHECK(strcmp(rel, ".") == 0);
	/* "abcdefgh" and its NUL need 9 bytes. */
	CHECK_EQ(__wasilibc_find_relpath(STR("abcdefgh"), &prefix, &rel, 9), 3);
	CHECK_ERR(__wasilibc_find_relpath(STR("abcdefgh"), &prefix, &rel, 8), ERANGE);
	CHECK_ERR(__wasilibc_find_relpath(STR(""), &prefix, &rel, sizeof buf), ENOENT);
	CHECK_ERR(__wasilibc_find_relpath(STR("a"), NULL, &rel, sizeof buf), EFAULT);
	CHECK_ERR(__wasilibc_find_relpath(NULL, &prefix, &rel, sizeof buf), EFAULT);

	char *grown = malloc(2);
	size_t len = 2;
	CHECK_ERR(__wasilibc_find_relpath_alloc(STR("long/name"), &prefix, &grown, &len, 0), ERANGE);
	CHECK_EQ(__wasilibc_find_relpath_alloc(STR("long/name"), &prefix, &grown, &len, 1), 3);
	CHECK(strcmp(grown, "long/name") == 0);
	CHECK(len >= 10);
	free(grown);
}

static void registered(void)
{
	const char *prefix = 0, *rel = 0;
	char buf[32], *relbuf = buf;
	int dir = open("d", O_RDONLY | O_DIRECTORY);

	CHECK(dir >= 0);
	CHECK_EQ(__wasilibc_register_preopened_fd(dir, STR("/mnt/data/")), 0);
	CHECK_ERR(__wasilibc_register_preopened_fd(-1, STR("/x")), EBADF);
	CHECK_ERR(__wasilibc_register_preopened_fd(dir, STR("")), ENOENT);

	/* A dup is a libc number the descriptor table maps to the same WASI
	   directory: registering it must register that directory. */
	int copy = dup(dir);
	CHECK(copy > dir);
	CHECK_EQ(__wasilibc_register_preopened_fd(copy, STR("/mnt/copy")), 0);
	int cfd = open("/mnt/copy/via_copy", O_WRONLY | O_CREAT, 0644);
	CHECK(cfd >= 0);
	CHECK_EQ(close(cfd), 0);
	CHECK_EQ(access("d/via_copy", F_OK), 0);

	/* open() now goes through the registered directory. */
	int fd = open("/mnt/data/inside", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("d/inside", F_OK), 0);

	const char *path = STR("/mnt//data/./inside");
	CHECK_EQ(__wasilibc_find_abspath(path, &prefix, &rel), dir);
	CHECK(strcmp(prefix, "mnt/data") == 0);
	CHECK(rel == path + 13);
	CHECK(strcmp(rel, "inside") == 0);
	CHECK_EQ(__wasilibc_find_abspath(STR("mnt/data"), &prefix, &rel), dir);
	CHECK_ERR(__wasilibc_find_abspath(STR("mnt/data"), &prefix, NULL), EFAULT);
	CHECK(strcmp(rel, ".") == 0);
	CHECK_EQ(__wasilibc_find_abspath(STR("/mnt/database"), &prefix, &rel), 3);
	CHECK(strcmp(prefix, "") == 0);
	CHECK(strcmp(rel, "mnt/database") == 0);
	CHECK_EQ(__wasilibc_find_relpath(STR("/mnt/data/a"), &prefix, &relbuf, sizeof buf), dir);
	CHECK(strcmp(relbuf, "a") == 0);

	/* Forget all of them: nothing resolves. */
	__wasilibc_reset_preopens();
	CHECK_ERR(__wasilibc_find_abspath(STR("/d"), &prefix, &rel), ENOENT);
	CHECK_ERR(open("d/inside", O_RDONLY), ENOENT);
	/* Found again from the runtime; the registration is gone. */
	__wasilibc_populate_preopens();
	CHECK_EQ(__wasilibc_find_abspath(STR("/mnt/data/inside"), &prefix, &rel), 3);
	fd = open("d/inside", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(close(dir), 0);
}

int main(void)
{
	CHECK_EQ(mkdir("d", 0755), 0);
	relpath();
	registered();
	return test_done();
}
