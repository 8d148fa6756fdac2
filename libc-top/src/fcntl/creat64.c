#include <fcntl.h>

/* The large-file name: off_t is already 64 bits, so it is creat itself. */
int creat64(const char *, mode_t);

int creat64(const char *path, mode_t mode)
{
	return creat(path, mode);
}
