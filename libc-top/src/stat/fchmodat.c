#include <errno.h>
#include <fcntl.h>
#include "libc.h"
#include "perm.h"

int fchmodat(int dirfd, const char *path, mode_t mode, int flag)
{
	struct stat st;

	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	if (fstatat(dirfd, path, &st, flag))
		return -1;
	return __set_mode(&st, mode);
}
