#include "time_impl.h"

struct tm *__localtime(long long t, struct tm *tm)
{
	const struct __tz *z = __tz_current();
	int dst = __tz_is_dst(z, t);
	long west = dst ? z->dst_west : z->std_west;

	if (__secs_to_tm(t - west, tm))
		return NULL;
	tm->tm_isdst = dst;
	tm->tm_gmtoff = (int)-west;
	tm->tm_zone = dst ? z->dst_name : z->std_name;
	return tm;
}
