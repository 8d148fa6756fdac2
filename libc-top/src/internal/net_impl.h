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

/* The length of the DNS name at p, as it sits in the message (up to and
   with its first compression pointer), or -1 (__dns_name.c). */
hidden int __dns_skipname(const unsigned char *p, const unsigned char *eom);

/* The DNS name at src in the message msg..eom, following its pointers, as
   master-file text ("." for the root) in dst of size bytes; the length
   it takes at src, or -1 with errno EMSGSIZE (__dns_name.c). */
hidden int __dns_expand(const unsigned char *msg, const unsigned char *eom,
                        const unsigned char *src, char *dst, size_t size);

#endif
