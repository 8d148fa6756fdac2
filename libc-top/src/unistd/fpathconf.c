#include <fcntl.h>
#include <unistd.h>
#include "unistd_impl.h"

long fpathconf(int fd, int name)
{
	if (fcntl(fd, F_GETFD) < 0)
		return -1;
	return __pathconf(name);
}
