#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#include <features.h>
#include <bits/sa_family_t.h>
#include <bits/size_t.h>
#include <bits/socklen_t.h>
#include <bits/ssize_t.h>
#include <bits/struct_iovec.h>
#include <bits/struct_sockaddr.h>
#include <bits/struct_sockaddr_storage.h>

#if defined(__LIBC_GNU)
#include <bits/gid_t.h>
#include <bits/pid_t.h>
#include <bits/uid_t.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Socket types and flags are WASI's file types and flags, with the
   types WASI gives them. */
#define SOCK_DGRAM 5
#define SOCK_STREAM 6
#define SOCK_NONBLOCK 0x00004000
#define SOCK_CLOEXEC 0x00002000

#define SHUT_RD 1
#define SHUT_WR 2
#define SHUT_RDWR (SHUT_RD | SHUT_WR)

#define MSG_PEEK ((unsigned short)0x1)
#define MSG_WAITALL ((unsigned short)0x2)
#define MSG_TRUNC ((unsigned short)0x1)

#define SOL_SOCKET 0x7fffffff
#define SO_TYPE 3

#define PF_UNSPEC 0
#define PF_INET 1
#define PF_INET6 2
#define AF_UNSPEC PF_UNSPEC
#define AF_INET PF_INET
#define AF_INET6 PF_INET6
#define AF_UNIX 3

struct msghdr {
	void *msg_name;
	socklen_t msg_namelen;
	struct iovec *msg_iov;
	int msg_iovlen;
	void *msg_control;
	socklen_t msg_controllen;
	int msg_flags;
};

struct linger {
	int l_onoff;
	int l_linger;
};

#if defined(__LIBC_GNU)
struct ucred {
	pid_t pid;
	uid_t uid;
	gid_t gid;
};

struct mmsghdr {
	struct msghdr msg_hdr;
	unsigned msg_len;
};

struct timespec;
int sendmmsg(int, struct mmsghdr *, unsigned, unsigned);
int recvmmsg(int, struct mmsghdr *, unsigned, unsigned, struct timespec *);
#endif

int accept(int, struct sockaddr *__restrict, socklen_t *__restrict);
int accept4(int, struct sockaddr *__restrict, socklen_t *__restrict, int);
ssize_t recv(int, void *, size_t, int);
ssize_t send(int, const void *, size_t, int);
/* Not in wasi-libc, whose preview 1 headers leave them out: here they serve
   connected sockets, as POSIX defines them for connection-mode sockets. */
ssize_t recvfrom(int, void *__restrict, size_t, int, struct sockaddr *__restrict,
		 socklen_t *__restrict);
ssize_t sendto(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
/* Also not in wasi-libc: preview 1 cannot create, bind or connect a
   socket, and these fail with ENOSYS (docs/posix.md), so that a program
   with optional networking compiles and finds out at run time. */
int socket(int, int, int);
int socketpair(int, int, int, int[2]);
int bind(int, const struct sockaddr *, socklen_t);
int connect(int, const struct sockaddr *, socklen_t);
int listen(int, int);
int shutdown(int, int);
int getsockopt(int, int, int, void *__restrict, socklen_t *__restrict);

#ifdef __cplusplus
}
#endif

#endif
