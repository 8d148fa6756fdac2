#include <errno.h>
#include <stdio.h>
#include <time.h>
#include "time_impl.h"

/* The standard's format, into the 26 bytes POSIX promises the caller
   provides; fields that would not fit fail with EOVERFLOW. */
char *__asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	static const char days[] = "SunMonTueWedThuFriSat";
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	const char *day = (unsigned)tm->tm_wday < 7 ? days + 3 * tm->tm_wday : "???";
	const char *mon = (unsigned)tm->tm_mon < 12 ? months + 3 * tm->tm_mon : "???";

	int n = snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", day, mon, tm->tm_mday,
			 tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
	if (n < 0 || n >= 26) {
		errno = EOVERFLOW;
		return NULL;
	}
	return buf;
}

weak_alias(__asctime_r, asctime_r);
