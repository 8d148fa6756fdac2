#include <errno.h>
#include <sys/socket.h>

/* WASI preview 1 has no call that creates a socket. */
int socketpair(int domain, int type, int protocol, int fds[2])
{
	(void)domain;
	(void)type;
	(void)protocol;
	(void)fds;
	errno = ENOSYS;
	return -1;
}
