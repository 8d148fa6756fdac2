#ifndef _TIME_H
#define _TIME_H

#include <features.h>
#include <bits/NULL.h>
#include <bits/clock_t.h>
#include <bits/size_t.h>
#include <bits/struct_timespec.h>
#include <bits/struct_tm.h>
#include <bits/time_t.h>

#if defined(__LIBC_POSIX)
#include <bits/clockid_t.h>
#include <bits/clocks.h>
#include <bits/locale_t.h>
#include <bits/pid_t.h>
#include <bits/timer_t.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* WASI clocks count nanoseconds. */
#define CLOCKS_PER_SEC ((clock_t)1000000000)
#define TIME_UTC 1

clock_t clock(void);
time_t time(time_t *);
double difftime(time_t, time_t);
time_t mktime(struct tm *);
size_t strftime(char *__restrict, size_t, const char *__restrict, const struct tm *__restrict);
struct tm *gmtime(const time_t *);
struct tm *localtime(const time_t *);
char *asctime(const struct tm *);
char *ctime(const time_t *);
int timespec_get(struct timespec *, int);

#if defined(__LIBC_POSIX)
struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

size_t strftime_l(char *__restrict, size_t, const char *__restrict, const struct tm *__restrict, locale_t);
struct tm *gmtime_r(const time_t *__restrict, struct tm *__restrict);
struct tm *localtime_r(const time_t *__restrict, struct tm *__restrict);
char *asctime_r(const struct tm *__restrict, char *__restrict);
char *ctime_r(const time_t *, char *);
int nanosleep(const struct timespec *, struct timespec *);
int clock_getres(clockid_t, struct timespec *);
int clock_gettime(clockid_t, struct timespec *);
int clock_nanosleep(clockid_t, int, const struct timespec *, struct timespec *);
void tzset(void);
extern char *tzname[2];
#endif

#if defined(__LIBC_XSI)
extern int daylight;
extern long timezone;
char *strptime(const char *__restrict, const char *__restrict, struct tm *__restrict);
extern int getdate_err;
struct tm *getdate(const char *);
#endif

#if defined(__LIBC_BSD)
time_t timegm(struct tm *);
#endif

#ifdef __cplusplus
}
#endif

#endif
