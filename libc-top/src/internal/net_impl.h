#ifndef NET_IMPL_H
#define NET_IMPL_H

#include <netinet/in.h>
#include "libc.h"

/* inet_aton under its reserved name, for inet_addr (POSIX) to call. */
int __inet_aton(const char *, struct in_addr *);

#endif
