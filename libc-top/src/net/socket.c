#include <errno.h>
#include <sys/socket.h>

/* WASI preview 1 has no call that creates a socket. */
int socket(int domain, int type, int protocol)
{
	(void)domain;
	(void)type;
	(void)protocol;
	errno = ENOSYS;
	return -1;
}
