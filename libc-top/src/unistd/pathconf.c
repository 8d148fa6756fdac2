#include <unistd.h>
#include "unistd_impl.h"

long pathconf(const char *path, int name)
{
	/* The file must exist, and the lookup sets errno if it does not. */
	if (access(path, F_OK) != 0)
		return -1;
	return __pathconf(name);
}
