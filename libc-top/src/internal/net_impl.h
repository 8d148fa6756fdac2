#ifndef NET_IMPL_H
#define NET_IMPL_H

#include <netinet/in.h>
#include "libc.h"

/* inet_aton under its reserved name, for inet_addr (POSIX) to call. */
int __inet_aton(const char *, struct in_addr *);

/* One part of a numbers-and-dots address (decimal, octal after 0, hex
   after 0x) of at most max: the position after it, or 0 (__inet_part.c). */
hidden const char *__inet_part(const char *s, unsigned long max, unsigned long *out);

/* bind, connect and listen's failure: EBADF, ENOTSOCK or ENOSYS; -1. */
hidden int __socket_unsupported(int fd);

#endif
