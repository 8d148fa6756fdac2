#include <sys/socket.h>
#include "net_impl.h"

int listen(int fd, int backlog)
{
	(void)backlog;
	return __socket_unsupported(fd);
}
