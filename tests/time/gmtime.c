// portable
// env: TZ=EST5EDT
/* UTC conversions over a wide range of instants, including the edges of
   the Gregorian leap rules, printed for the native run to compare, and
   timegm's normalisation of out-of-range fields. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "test.h"

static void show(time_t t)
{
	struct tm tm;

	if (!gmtime_r(&t, &tm)) {
		printf("%lld: NULL\n", (long long)t);
		return;
	}
	printf("%lld: %d-%d-%d %d:%d:%d wday %d yday %d isdst %d off %ld %s\n", (long long)t,
	       tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
	       tm.tm_wday, tm.tm_yday, tm.tm_isdst, (long)tm.tm_gmtoff, tm.tm_zone);
	struct tm copy = tm;
	CHECK_EQ(timegm(&copy), t);
	CHECK(!memcmp(&copy, &tm, offsetof(struct tm, tm_isdst)));
	struct tm *p = gmtime(&t);
	CHECK(p && p->tm_yday == tm.tm_yday && p->tm_sec == tm.tm_sec);
	if (tm.tm_year >= -900 && tm.tm_year < 8000) {
		char buf[26];
		CHECK(asctime_r(&tm, buf) != NULL);
		printf("  %s", buf);
	}
}

static uint64_t seed = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

int main(void)
{
	static const long long fixed[] = {
		0, -1, 1, 86399, 86400, -86400, -86401, 951782400, 951868800, 951868799,
		4107456000, 4107542400, 68169600, 946684799, 946684800, 978307200,
		-2208988800, -2208988801, -11644473600, -62135596800, -62167219200,
		-62167219201, -62198755200, 253402300799, 253402300800, 2147483647,
		2147483648, -2147483648, -2147483649, 4102444800, 13574563200,
		67767976233532799, 67767976233532800, -67768040609740800, -67768040609740801,
	};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		show((time_t)NUM(fixed[i]));
	for (int i = 0; i < 800; i++) {
		long long range = i < 400 ? 20000000000LL : 400000000000LL;
		show((time_t)((long long)(next() % (uint64_t)(2 * range)) - range));
	}

	time_t big = NUM((time_t)LLONG_MAX);
	errno = 0;
	CHECK(gmtime(&big) == NULL && ERRNO == EOVERFLOW);
	errno = 0;
	CHECK(localtime(&big) == NULL && ERRNO == EOVERFLOW);

	/* fields out of range on the way in */
	struct tm tm = { .tm_year = 124, .tm_mon = -13, .tm_mday = 400, .tm_hour = 30,
			 .tm_min = -200, .tm_sec = 100000 };
	time_t t = timegm(&tm);
	printf("normalised %lld: %d-%d-%d %d:%d:%d wday %d yday %d\n", (long long)t, tm.tm_year,
	       tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday);
	struct tm leap = { .tm_year = 116, .tm_mon = 1, .tm_mday = 29, .tm_hour = 23, .tm_min = 59, .tm_sec = 60 };
	printf("leap second %lld\n", (long long)timegm(&leap));

	CHECK(difftime(NUM((time_t)10), NUM((time_t)4)) == 6.0);
	CHECK(difftime(NUM((time_t)LLONG_MAX), NUM((time_t)LLONG_MIN)) == 18446744073709551615.0);
	CHECK(difftime(NUM((time_t)-5), NUM((time_t)5)) == -10.0);

	struct timespec ts;
	CHECK_EQ(timespec_get(&ts, TIME_UTC), TIME_UTC);
	CHECK(ts.tv_sec > 1600000000 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
	CHECK_EQ(timespec_get(&ts, NUM(0)), 0);

	/* ctime is asctime of the local time: 2024-07-04 12:00 UTC is 08:00 EDT */
	time_t july = NUM((time_t)1720094400);
	char buf[26];
	printf("ctime %s", ctime(&july));
	printf("ctime_r %s", ctime_r(&july, buf));
	struct tm lt;
	localtime_r(&july, &lt);
	printf("asctime %s", asctime(&lt));
	return test_done();
}
