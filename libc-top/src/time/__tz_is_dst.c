#include "time_impl.h"

static int leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* The day of the year (0-365) on which rule r falls in year y. */
static long long rule_day(const struct __tz_rule *r, long long y)
{
	if (r->kind == 'J')
		return r->day - 1 + (leap(y) && r->day >= 60);
	if (r->kind == 'N')
		return r->day;
	static const unsigned char mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	long long first = __days_from_civil(y, r->month, 1);
	int wday = (int)(((first + 4) % 7 + 7) % 7);
	int mday = 1 + (r->day - wday + 7) % 7 + (r->week - 1) * 7;
	int len = mdays[r->month - 1] + (r->month == 2 && leap(y));
	while (mday > len)
		mday -= 7;
	return first - __days_from_civil(y, 1, 1) + mday - 1;
}

int __tz_is_dst(const struct __tz *z, long long t)
{
	struct tm tm;

	if (!z->has_dst || __secs_to_tm(t - z->std_west, &tm))
		return 0;
	long long y = 1900LL + tm.tm_year;
	long long jan1 = __days_from_civil(y, 1, 1) * 86400;
	/* the start is given in standard time, the end in daylight time */
	long long start = jan1 + rule_day(&z->start, y) * 86400 + z->start.time + z->std_west;
	long long end = jan1 + rule_day(&z->end, y) * 86400 + z->end.time + z->dst_west;
	if (start < end)
		return t >= start && t < end;
	return !(t >= end && t < start);
}
