#include "time_impl.h"

/* Counts in 400-year eras of 146097 days starting on 1 March of year 0,
   so that the leap day ends each era's year; the epoch is day 719468. */
static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

long long __days_from_civil(long long year, int month, int day)
{
	year -= month <= 2;
	long long era = floor_div(year, 400);
	long long yoe = year - era * 400;                        /* 0-399 */
	long long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  /* 0-146096 */
	return era * 146097 + doe - 719468;
}
