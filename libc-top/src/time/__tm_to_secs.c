#include "time_impl.h"

long long __tm_to_secs(const struct tm *tm)
{
	long long year = 1900LL + tm->tm_year + tm->tm_mon / 12;
	int month = tm->tm_mon % 12;

	if (month < 0) {
		month += 12;
		year--;
	}
	long long days = __days_from_civil(year, month + 1, 1) + tm->tm_mday - 1;
	return days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}
