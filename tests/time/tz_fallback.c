// env: TZ=:Europe/Paris
/* No zone database on WASI: a TZ naming a file, or one the POSIX grammar
   does not accept, is UTC (under the name, if one can be read). Unset TZ
   is UTC too. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "test.h"

static void show(const char *tz)
{
	if (tz)
		setenv("TZ", tz, 1);
	else
		unsetenv("TZ");
	tzset();
	time_t t = NUM((time_t)1719835200);
	struct tm tm;
	localtime_r(&t, &tm);
	printf("%s: %s %s %ld %d, %02d:%02d %s\n", tz ? tz : "(unset)", tzname[0], tzname[1],
	       (long)timezone, daylight, tm.tm_hour, tm.tm_min, tm.tm_zone);
}

int main(void)
{
	show(getenv("TZ"));
	show(NULL);
	show("");
	show("Europe/Paris");
	show("EST");
	show("AB1");
	show("<A>1");
	show("ABC25");
	show("ABC1DEF,M13.1.0,M1.1.0");
	show("ABC1DEF,M3.2.0");
	show("ABC1DEF,M3.2.0,M11.1.0/200");
	show("ABCDEFGHIJKLMNOPQRSTUVWXYZ1");
	show("ABC-1DEF,M3.5.0,M10.5.0/3");
	return test_done();
}
