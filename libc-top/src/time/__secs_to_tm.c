#include <errno.h>
#include <limits.h>
#include "time_impl.h"

int __secs_to_tm(long long t, struct tm *tm)
{
	long long days = t / 86400, secs = t % 86400, year;
	int month, day;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	/* beyond this the day count overflows on the way */
	if (days > LLONG_MAX / 4 || days < LLONG_MIN / 4) {
		errno = EOVERFLOW;
		return -1;
	}
	__civil_from_days(days, &year, &month, &day);
	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return -1;
	}
	tm->tm_year = (int)(year - 1900);
	tm->tm_mon = month - 1;
	tm->tm_mday = day;
	tm->tm_yday = (int)(days - __days_from_civil(year, 1, 1));
	tm->tm_wday = (int)((days % 7 + 11) % 7);  /* 1970-01-01 was a Thursday */
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	return 0;
}
