#include <unistd.h>
#include "libc.h"
#include "perm.h"

int fchown(int fd, uid_t uid, gid_t gid)
{
	struct stat st;

	if (fstat(fd, &st))
		return -1;
	return __set_owner(&st, uid, gid);
}
