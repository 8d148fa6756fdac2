// portable
// env: TZ=UTC0
/* TZ changed while the program runs takes effect at the next tzset or
   localtime, and sets tzname, timezone and daylight. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "test.h"

static const char *const zones[] = {
	"EST5EDT,M3.2.0,M11.1.0", "<-0330>3:30", "JST-9", "CET-1CEST,M3.5.0,M10.5.0/3",
	"XXX-14", "ABC+12:30:15", "AAA3BBB", "AAA3BBB2,J60/0,J300/25", "UTC0",
	"<UTC+5>-5<XYZ>,100/0,200/25", "NZST-12NZDT-13,M9.5.0/2:00:00,M4.1.0/3:00:00",
};

int main(void)
{
	static const time_t at[] = { 1704067200, 1719835200, 1711846800, 1730000000 };

	for (size_t i = 0; i < sizeof zones / sizeof *zones; i++) {
		setenv("TZ", zones[i], 1);
		tzset();
		printf("%s: %s %s %ld %d\n", zones[i], tzname[0], tzname[1], (long)timezone, daylight);
		for (size_t j = 0; j < sizeof at / sizeof *at; j++) {
			time_t t = NUM(at[j]);
			struct tm *tm = localtime(&t);
			char buf[80];
			strftime(buf, sizeof buf, "%F %T %Z %z", tm);
			printf("  %s isdst %d\n", buf, tm->tm_isdst);
			CHECK_EQ(mktime(tm), t);
		}
	}
	/* localtime notices a change without tzset */
	setenv("TZ", "JST-9", 1);
	time_t t = NUM((time_t)0);
	CHECK_EQ(localtime(&t)->tm_hour, 9);
	setenv("TZ", "EST5", 1);
	CHECK_EQ(localtime(&t)->tm_hour, 19);
	return test_done();
}
