#include <fcntl.h>
#include <sys/stat.h>
#include <utime.h>

int utime(const char *path, const struct utimbuf *times)
{
	if (!times)
		return utimensat(AT_FDCWD, path, 0, 0);
	struct timespec ts[2] = {
		{ .tv_sec = times->actime },
		{ .tv_sec = times->modtime },
	};
	return utimensat(AT_FDCWD, path, ts, 0);
}
