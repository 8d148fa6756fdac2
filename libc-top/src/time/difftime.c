#include <time.h>

double difftime(time_t t1, time_t t0)
{
	time_t d;

	/* the difference is exact when it fits, and rounds only once */
	if (!__builtin_sub_overflow(t1, t0, &d))
		return (double)d;
	return (double)t1 - (double)t0;
}
