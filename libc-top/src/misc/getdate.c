#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* The first template in $DATEMSK that strptime matches with the whole
   input (white space may follow); the fields it leaves unset are taken
   from the current time by the rules POSIX gives. */
static int parse(const char *input, struct tm *tm)
{
	const char *path = getenv("DATEMSK");
	struct stat st;

	if (!path || !*path)
		return 1;
	if (stat(path, &st))
		return 3;
	if (!S_ISREG(st.st_mode))
		return 4;
	FILE *f = fopen(path, "r");
	if (!f)
		return 2;
	char *line = 0;
	size_t cap = 0;
	ssize_t n;
	int err = 7;
	while ((n = getline(&line, &cap, f)) >= 0) {
		if (n && line[n - 1] == '\n')
			line[n - 1] = 0;
		/* Every field starts unset, so what the template gave shows. */
		*tm = (struct tm){ .tm_sec = INT_MIN, .tm_min = INT_MIN, .tm_hour = INT_MIN,
		                   .tm_mday = INT_MIN, .tm_mon = INT_MIN, .tm_year = INT_MIN,
		                   .tm_wday = INT_MIN, .tm_yday = INT_MIN, .tm_isdst = -1 };
		const char *end = strptime(input, line, tm);
		if (!end)
			continue;
		end += strspn(end, " \t\n\v\f\r");
		if (!*end) {
			err = 0;
			break;
		}
	}
	if (err && ferror(f))
		err = 5;
	free(line);
	fclose(f);
	return err;
}

static int complete(struct tm *tm)
{
	time_t now = time(0);
	struct tm cur;
	if (!localtime_r(&now, &cur))
		return 8;

	int year = tm->tm_year != INT_MIN, mon = tm->tm_mon != INT_MIN;
	int mday = tm->tm_mday != INT_MIN;
	int wday = tm->tm_wday != INT_MIN && !mday && !mon && !year;
	int clock = tm->tm_hour != INT_MIN || tm->tm_min != INT_MIN || tm->tm_sec != INT_MIN;
	int days = 0;

	if (!clock) {
		tm->tm_hour = cur.tm_hour;
		tm->tm_min = cur.tm_min;
		tm->tm_sec = cur.tm_sec;
	} else {
		if (tm->tm_hour == INT_MIN)
			tm->tm_hour = 0;
		if (tm->tm_min == INT_MIN)
			tm->tm_min = 0;
		if (tm->tm_sec == INT_MIN)
			tm->tm_sec = 0;
	}
	if (!year)
		/* A month alone that is already past means next year's. */
		tm->tm_year = cur.tm_year + (mon && !mday && tm->tm_mon < cur.tm_mon);
	if (!mon)
		tm->tm_mon = year ? 0 : cur.tm_mon;
	if (!mday)
		tm->tm_mday = mon || year ? 1 : cur.tm_mday;
	if (wday)
		/* A weekday alone: today when it is today, else the next one. */
		days = (tm->tm_wday - cur.tm_wday + 7) % 7;
	else if (!year && !mon && !mday && clock && tm->tm_hour < cur.tm_hour)
		/* A time alone: tomorrow when its hour has passed today. */
		days = 1;
	tm->tm_mday += days;

	struct tm want = *tm;
	tm->tm_isdst = -1;
	if (mktime(tm) == (time_t)-1)
		return 8;
	/* mktime carries an impossible date (February 30) into the next
	   month; what was asked for must have stayed as it was. */
	if ((mday && tm->tm_mday != want.tm_mday) || (mon && tm->tm_mon != want.tm_mon) ||
	    (year && tm->tm_year != want.tm_year) || tm->tm_hour != want.tm_hour ||
	    tm->tm_min != want.tm_min)
		return 8;
	return 0;
}

struct tm *getdate(const char *s)
{
	static struct tm tm;

	if ((getdate_err = parse(s, &tm)) || (getdate_err = complete(&tm)))
		return 0;
	return &tm;
}
