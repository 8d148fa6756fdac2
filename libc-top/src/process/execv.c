#include <unistd.h>

#include "env_impl.h"

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, __environ);
}
