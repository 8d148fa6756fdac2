#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <features.h>
#include <bits/struct_timeval.h>
#include <sys/select.h>

#ifdef __cplusplus
extern "C" {
#endif

int gettimeofday(struct timeval *__restrict, void *__restrict);
int utimes(const char *, const struct timeval *);

#if defined(__LIBC_BSD)
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

int futimesat(int, const char *, const struct timeval *);

#define timerisset(t) ((t)->tv_sec != 0 || (t)->tv_usec != 0)
#define timerclear(t) ((void)((t)->tv_sec = 0, (t)->tv_usec = 0))
#define timercmp(a, b, cmp) \
	((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec cmp (b)->tv_usec : (a)->tv_sec cmp (b)->tv_sec)
#define timeradd(a, b, r) ((void)( \
	(r)->tv_sec = (a)->tv_sec + (b)->tv_sec, \
	(r)->tv_usec = (a)->tv_usec + (b)->tv_usec, \
	(r)->tv_usec >= 1000000 ? ((r)->tv_sec++, (r)->tv_usec -= 1000000) : 0))
#define timersub(a, b, r) ((void)( \
	(r)->tv_sec = (a)->tv_sec - (b)->tv_sec, \
	(r)->tv_usec = (a)->tv_usec - (b)->tv_usec, \
	(r)->tv_usec < 0 ? ((r)->tv_sec--, (r)->tv_usec += 1000000) : 0))
#endif

#if defined(__LIBC_GNU)
#define TIMEVAL_TO_TIMESPEC(tv, ts) \
	((void)((ts)->tv_sec = (tv)->tv_sec, (ts)->tv_nsec = (tv)->tv_usec * 1000))
#define TIMESPEC_TO_TIMEVAL(tv, ts) \
	((void)((tv)->tv_sec = (ts)->tv_sec, (tv)->tv_usec = (ts)->tv_nsec / 1000))
#endif

#ifdef __cplusplus
}
#endif

#endif
