#ifndef NET_IMPL_H
#define NET_IMPL_H

#include <netinet/in.h>
#include "libc.h"

/* inet_aton under its reserved name, for inet_addr (POSIX) to call. */
int __inet_aton(const char *, struct in_addr *);

/* bind, connect and listen's failure: EBADF, ENOTSOCK or ENOSYS; -1. */
hidden int __socket_unsupported(int fd);

#endif
