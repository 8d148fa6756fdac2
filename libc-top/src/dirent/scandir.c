#include <dirent.h>
#include <fcntl.h>

int scandir(const char *path, struct dirent ***out,
	int (*keep)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	return scandirat(AT_FDCWD, path, out, keep, cmp);
}
