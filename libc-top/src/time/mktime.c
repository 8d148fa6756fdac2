#include <errno.h>
#include <time.h>
#include "time_impl.h"

/* The local time in *tm is read with the standard offset and with the
   daylight one; the reading whose DST state agrees with its offset wins.
   tm_isdst, when not negative, chooses the offset outright (POSIX: mktime
   "presumes initially" that DST is or is not in effect), as on glibc. In a
   gap of the spring change neither reading agrees and the standard one is
   taken; in the overlap of the autumn change both agree and the daylight
   one, the earlier, is taken. A zone without DST still presumes an hour
   ahead for a positive tm_isdst, as glibc does. */
time_t mktime(struct tm *tm)
{
	const struct __tz *z = __tz_current();
	long long local = __tm_to_secs(tm);
	long long as_std = local + z->std_west, as_dst = local + z->dst_west;
	long long t;

	if (tm->tm_isdst > 0)
		t = as_dst;
	else if (tm->tm_isdst == 0)
		t = as_std;
	else if (z->has_dst && __tz_is_dst(z, as_dst))
		t = as_dst;
	else
		t = as_std;
	struct tm out;
	if (!__localtime(t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = out;
	return t;
}
