// scratch
// env: TZ=UTC
/* getdate with a month alone gives its first day, this year unless the
   month has passed, as POSIX says (glibc keeps some other day, so this
   test is not portable). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "test.h"

int main(void)
{
	FILE *f = fopen("masks", "w");
	CHECK(f != NULL);
	fputs("%B\n%B %Y\n", f);
	CHECK_EQ(fclose(f), 0);
	setenv("DATEMSK", "masks", 1);

	time_t now = time(NULL);
	struct tm cur = *localtime(&now);
	for (int m = 0; m < 12; m++) {
		static const char *const names[] = {
			"January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December",
		};
		struct tm *tm = getdate(names[m]);
		CHECK(tm != NULL);
		if (!tm)
			continue;
		CHECK(tm->tm_mon == m && tm->tm_mday == 1);
		CHECK_EQ(tm->tm_year, cur.tm_year + (m < cur.tm_mon));
		CHECK(tm->tm_hour == cur.tm_hour && tm->tm_min == cur.tm_min);
	}
	struct tm *tm = getdate("February 2021");
	CHECK(tm && tm->tm_year == 121 && tm->tm_mon == 1 && tm->tm_mday == 1);
	char buf[32] = "error";
	if (tm)
		strftime(buf, sizeof buf, "%a %Y-%m-%d", tm);
	printf("February 2021: %s\n", buf);
	return test_done();
}
