#ifndef _BITS_FD_SET_H
#define _BITS_FD_SET_H

#include <bits/size_t.h>

#define FD_SETSIZE 1024

/* A set is a list of descriptors, not a bitmap: WASI descriptors are not
   small dense integers, and select() hands the list to poll_oneoff. */
typedef struct {
	size_t __nfds;
	int __fds[FD_SETSIZE];
} fd_set;

static __inline void __libc_fd_zero(fd_set *__s)
{
	__s->__nfds = 0;
}

static __inline int __libc_fd_isset(int __fd, const fd_set *__s)
{
	size_t __i;
	for (__i = 0; __i < __s->__nfds; __i++)
		if (__s->__fds[__i] == __fd)
			return 1;
	return 0;
}

static __inline void __libc_fd_set(int __fd, fd_set *__s)
{
	if (!__libc_fd_isset(__fd, __s) && __s->__nfds < FD_SETSIZE)
		__s->__fds[__s->__nfds++] = __fd;
}

static __inline void __libc_fd_clr(int __fd, fd_set *__s)
{
	size_t __i;
	for (__i = 0; __i < __s->__nfds; __i++) {
		if (__s->__fds[__i] == __fd) {
			/* Order does not matter: move the last one into the hole. */
			__s->__fds[__i] = __s->__fds[--__s->__nfds];
			return;
		}
	}
}

#define FD_ZERO(s) __libc_fd_zero(s)
#define FD_ISSET(fd, s) __libc_fd_isset((fd), (s))
#define FD_SET(fd, s) __libc_fd_set((fd), (s))
#define FD_CLR(fd, s) __libc_fd_clr((fd), (s))

#endif
