#ifndef _POLL_H
#define _POLL_H

#include <features.h>
#include <bits/nfds_t.h>
#include <bits/struct_pollfd.h>

#if defined(__LIBC_GNU)
#include <bits/sigset_t.h>
#include <bits/struct_timespec.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* WASI can wait for reading and for writing, nothing finer. */
#define POLLRDNORM 0x1
#define POLLWRNORM 0x2
#define POLLIN POLLRDNORM
#define POLLOUT POLLWRNORM
#define POLLERR 0x1000
#define POLLHUP 0x2000
#define POLLNVAL 0x4000
/* Urgent data: accepted in events and never reported, as WASI cannot tell. */
#define POLLPRI 0x0200

int poll(struct pollfd *, nfds_t, int);

#if defined(__LIBC_GNU)
int ppoll(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
#endif

#ifdef __cplusplus
}
#endif

#endif
