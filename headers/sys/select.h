#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <features.h>
#include <bits/fd_set.h>
#include <bits/sigset_t.h>
#include <bits/struct_timespec.h>
#include <bits/struct_timeval.h>
#include <bits/suseconds_t.h>
#include <bits/time_t.h>

#ifdef __cplusplus
extern "C" {
#endif

int select(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict, struct timeval *__restrict);
int pselect(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
	const struct timespec *__restrict, const sigset_t *__restrict);

#if defined(__LIBC_BSD)
static __inline void __libc_fd_copy(const fd_set *__restrict __from, fd_set *__restrict __to)
{
	*__to = *__from;
}
#define FD_COPY(from, to) __libc_fd_copy((from), (to))
#endif

#ifdef __cplusplus
}
#endif

#endif
