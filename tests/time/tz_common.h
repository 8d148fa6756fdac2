/* The body of the time zone tests: each includes this after choosing TZ
   with an `// env:` directive, and prints local times around every
   transition of some years, over many scattered instants, and what mktime
   makes of times in the gaps and overlaps, so that the native run holds
   the conversion to glibc's. Years stay within 2008-2037 where glibc's
   zone files (used when TZ names one, as EST5EDT does) agree with the
   POSIX rules. */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "test.h"

static void show(time_t t)
{
	struct tm tm, tm2;
	char buf[100];

	CHECK(localtime_r(&t, &tm) != NULL);
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z %z %j %a", &tm);
	printf("%lld %s dst=%d off=%ld\n", (long long)t, buf, tm.tm_isdst, (long)tm.tm_gmtoff);
	tm2 = tm;
	CHECK_EQ(mktime(&tm2), t);
	CHECK(tm2.tm_isdst == tm.tm_isdst && tm2.tm_hour == tm.tm_hour);
	struct tm *p = localtime(&t);
	CHECK(p && p->tm_min == tm.tm_min && p->tm_isdst == tm.tm_isdst);
}

static void try_mktime(int year, int mon, int mday, int hour, int min, int isdst)
{
	struct tm tm = { 0 };
	char buf[100];

	tm.tm_year = year - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = mday;
	tm.tm_hour = hour;
	tm.tm_min = min;
	tm.tm_isdst = isdst;
	time_t t = mktime(&tm);
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", &tm);
	printf("mktime %04d-%02d-%02d %02d:%02d isdst %d: %lld %s dst=%d\n", year, mon, mday,
	       hour, min, isdst, (long long)t, buf, tm.tm_isdst);
}

static uint64_t seed = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static int tz_main(void)
{
	tzset();
	printf("tzname %s %s timezone %ld daylight %d\n", tzname[0], tzname[1], (long)timezone, daylight);

	/* every quarter hour the offset changes, in a few years */
	static const int years[] = { 2008, 2016, 2023, 2024, 2037 };
	for (size_t y = 0; y < sizeof years / sizeof *years; y++) {
		struct tm jan = { .tm_year = years[y] - 1900, .tm_mday = 1 };
		time_t t = timegm(&jan) - 86400;
		struct tm prev;
		localtime_r(&t, &prev);
		for (time_t end = t + 368 * 86400LL; t < end; t += 900) {
			struct tm now;
			localtime_r(&t, &now);
			if (now.tm_gmtoff != prev.tm_gmtoff) {
				for (time_t u = t - 3600; u <= t + 3600; u += 1800)
					show(u);
				show(t - 1);
			}
			prev = now;
		}
	}

	const time_t lo = 1199145600, span = 2145916800 - 1199145600;  /* 2008-2038 */
	for (int i = 0; i < 300; i++)
		show(lo + (time_t)(next() % (uint64_t)span));

	/* local times around the changes, read both ways and undecided */
	for (int isdst = -1; isdst <= 1; isdst++)
		for (int mon = 1; mon <= 12; mon++)
			for (int h = 0; h < 4; h++)
				for (int mday = 1; mday <= 31; mday += 6)
					try_mktime(2024, mon, mday, h, 30, isdst);
	for (int mon = 1; mon <= 12; mon++)
		for (int mday = 1; mday <= 31; mday++)
			for (int h = 0; h < 24; h += 23)
				try_mktime(2025, mon, mday, h, 59, -1);
	return test_done();
}
