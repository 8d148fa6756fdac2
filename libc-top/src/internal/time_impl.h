#ifndef TIME_IMPL_H
#define TIME_IMPL_H

#include <time.h>
#include "libc.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), and
   back. Both work for any year a long long day count can hold. */
hidden long long __days_from_civil(long long year, int month, int day);
hidden void __civil_from_days(long long days, long long *year, int *month, int *day);

/* UTC seconds to broken-down time, every field but tm_isdst, tm_gmtoff
   and tm_zone. Returns -1 with EOVERFLOW when the year does not fit. */
hidden int __secs_to_tm(long long t, struct tm *tm);

/* Broken-down time to seconds as if it were UTC, every field normalised
   (a month of 14 is February of the next year, and so on). */
hidden long long __tm_to_secs(const struct tm *tm);

/* The local time zone from TZ, read again whenever TZ changed. */
struct __tz_rule {
	char kind;       /* 'J' (1-365, no Feb 29), 'N' (0-365), 'M' */
	int month, week, day;
	long time;       /* seconds after local midnight, may be negative */
};

struct __tz {
	long std_west, dst_west;  /* seconds west of UTC (POSIX sign); without
				     DST, dst_west is an hour ahead of std_west */
	int has_dst;
	struct __tz_rule start, end;
	char std_name[16], dst_name[16];
};

hidden const struct __tz *__tz_current(void);

/* Whether DST is in effect at UTC time t in zone z. */
hidden int __tz_is_dst(const struct __tz *z, long long t);

/* The POSIX functions under reserved names, for the ISO C ones: a
   program may define its own gmtime_r and still call gmtime. */
struct tm *__gmtime_r(const time_t *restrict, struct tm *restrict);
char *__asctime_r(const struct tm *restrict, char *restrict);

/* Fills tm with the local time for UTC t; NULL with EOVERFLOW. */
hidden struct tm *__localtime(long long t, struct tm *tm);

/* utimes relative to a directory descriptor (futimesat.c), for utimes. */
struct timeval;
int __futimesat(int, const char *, const struct timeval *);

#endif
