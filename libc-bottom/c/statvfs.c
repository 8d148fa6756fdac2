/*
 * statvfs and fstatvfs. WASI preview 1 tells nothing about file systems,
 * so only what the libc knows is filled in: the block size stat reports
 * (512), NAME_MAX, the file's device as the file-system id, and ST_NOSUID
 * (there are no set-user-ID programs). Block and file counts are 0,
 * meaning unknown, not full (docs/posix.md). The path or descriptor is
 * checked through stat, so its errors are stat's.
 */

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

__attribute__((__visibility__("hidden"))) void __statvfs_fill(const struct stat *st, struct statvfs *buf)
{
	memset(buf, 0, sizeof *buf);
	buf->f_bsize = 512;
	buf->f_frsize = 512;
	buf->f_fsid = (unsigned long)st->st_dev;
	buf->f_flag = ST_NOSUID;
	buf->f_namemax = NAME_MAX;
}

int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	struct stat st;

	if (!buf) {
		errno = EFAULT;
		return -1;
	}
	if (stat(path, &st) < 0)
		return -1;
	__statvfs_fill(&st, buf);
	return 0;
}
