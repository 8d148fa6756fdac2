#include <sys/socket.h>
#include "net_impl.h"

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	(void)addr;
	(void)len;
	return __socket_unsupported(fd);
}
