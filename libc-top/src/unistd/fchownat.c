#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "libc.h"
#include "perm.h"

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flag)
{
	struct stat st;

	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	if (fstatat(dirfd, path, &st, flag))
		return -1;
	return __set_owner(&st, uid, gid);
}
