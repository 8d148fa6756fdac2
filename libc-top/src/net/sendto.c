#include <sys/socket.h>

/* For a connection-mode socket POSIX has sendto ignore the destination,
   and the connected sockets WASI preview 1 inherits are all this libc can
   write to: sendto is send. */
ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *addr, socklen_t len)
{
	(void)addr;
	(void)len;
	return send(fd, buf, n, flags);
}
