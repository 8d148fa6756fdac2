#include "libc.h"
#include "perm.h"

int fchmod(int fd, mode_t mode)
{
	struct stat st;

	if (fstat(fd, &st))
		return -1;
	return __set_mode(&st, mode);
}
