/* See statvfs.c. */

#include <errno.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

__attribute__((__visibility__("hidden"))) void __statvfs_fill(const struct stat *, struct statvfs *);

int fstatvfs(int fd, struct statvfs *buf)
{
	struct stat st;

	if (!buf) {
		errno = EFAULT;
		return -1;
	}
	if (fstat(fd, &st) < 0)
		return -1;
	__statvfs_fill(&st, buf);
	return 0;
}
