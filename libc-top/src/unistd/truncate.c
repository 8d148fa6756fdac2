#include <fcntl.h>
#include <unistd.h>

/* Through a descriptor: WASI sets a size only on an open file. */
int truncate(const char *path, off_t len)
{
	int fd = open(path, O_WRONLY);

	if (fd < 0)
		return -1;
	int r = ftruncate(fd, len);
	close(fd);
	return r;
}
