#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* A file in $TMPDIR, else /tmp, removed at once so that nothing is left
   behind; it lives until it is closed. With neither directory reachable
   (no preopen holds it) the open's errno, usually ENOENT, is the answer. */
FILE *tmpfile(void)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	size_t nd = strlen(dir);
	char path[PATH_MAX];
	if (nd + 16 > sizeof path) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	memcpy(path, dir, nd);
	memcpy(path + nd, "/tmpf", 5);
	for (int tries = 0; tries < 100; tries++) {
		__stdio_randname(path + nd + 5, 10);
		path[nd + 15] = 0;
		int fd = __libc_openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_EXCL);
		if (fd < 0) {
			if (errno == EEXIST)
				continue;
			return NULL;
		}
		__libc_unlink(path);
		FILE *f = __stdio_new(fd, O_RDWR, F_BUFSIZE, 0);
		if (!f) {
			__libc_close(fd);
			errno = ENOMEM;
		}
		return f;
	}
	return NULL;
}
