// portable
// scratch
// env: TZ=UTC
/* getdate with a template file: fully given dates, the fields it fills
   from the current time, and each getdate_err code a test can reach. */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "test.h"

static void show(const char *in)
{
	struct tm *tm = getdate(in);
	if (tm)
		printf("\"%s\": %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n", in,
		       tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour,
		       tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday);
	else
		printf("\"%s\": error %d\n", in, getdate_err);
}

static int err(const char *in)
{
	getdate_err = 0;
	CHECK(getdate(in) == NULL);
	return getdate_err;
}

int main(void)
{
	FILE *f = fopen("masks", "w");
	CHECK(f != NULL);
	fputs("%Y-%m-%d %H:%M:%S\n%d.%m.%Y\n%A\n%H:%M\n", f);
	CHECK_EQ(fclose(f), 0);

	unsetenv("DATEMSK");
	CHECK_EQ(err("2024-01-01 00:00:00"), 1);
	setenv("DATEMSK", "", 1);
	CHECK_EQ(err("2024-01-01 00:00:00"), 1);
	setenv("DATEMSK", "missing", 1);
	CHECK_EQ(err("2024-01-01 00:00:00"), 3);
	CHECK_EQ(mkdir("dir", 0755), 0);
	setenv("DATEMSK", "dir", 1);
	CHECK_EQ(err("2024-01-01 00:00:00"), 4);

	setenv("DATEMSK", "masks", 1);
	show("2024-02-29 13:45:10");
	show("1999-12-31 23:59:59");
	show("  2000-01-01 00:00:00  ");
	show("2023-02-29 12:00:00");
	show("2024-04-31 12:00:00");
	show("yesterday");
	show("2024-01-01 00:00:00 and more");
	CHECK_EQ(err("2023-02-29 12:00:00"), 8);
	CHECK_EQ(err("nonsense"), 7);

	time_t now = time(NULL);
	struct tm cur = *localtime(&now);

	/* A date with no time of day: the current time. */
	struct tm *tm = getdate("31.12.1999");
	CHECK(tm != NULL);
	if (tm) {
		CHECK(tm->tm_year == 99 && tm->tm_mon == 11 && tm->tm_mday == 31);
		CHECK(tm->tm_hour == cur.tm_hour && tm->tm_min == cur.tm_min);
	}

	/* A weekday alone: today or within the next six days. */
	tm = getdate("Wednesday");
	CHECK(tm != NULL);
	if (tm) {
		CHECK_EQ(tm->tm_wday, 3);
		struct tm t = *tm;
		double ahead = difftime(mktime(&t), now);
		CHECK(ahead >= -2 && ahead < 7 * 86400 - 2 + 4);
	}

	/* A time alone: today, or tomorrow when its hour has passed. */
	char in[8];
	int hour = (cur.tm_hour + 23) % 24;
	snprintf(in, sizeof in, "%02d:30", hour);
	tm = getdate(in);
	CHECK(tm != NULL);
	if (tm) {
		CHECK(tm->tm_hour == hour && tm->tm_min == 30 && tm->tm_sec == 0);
		struct tm t = *tm;
		double ahead = difftime(mktime(&t), now);
		CHECK(hour < cur.tm_hour ? ahead > 0 : ahead > -86400);
		CHECK(ahead < 86400);
	}
	return test_done();
}
