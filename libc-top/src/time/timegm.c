#include <errno.h>
#include <time.h>
#include "time_impl.h"

time_t timegm(struct tm *tm)
{
	long long t = __tm_to_secs(tm);
	struct tm out;

	if (__secs_to_tm(t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	out.tm_isdst = 0;
	out.tm_gmtoff = 0;
	out.tm_zone = "GMT";
	*tm = out;
	return t;
}
