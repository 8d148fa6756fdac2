#include <stdlib.h>
#include <string.h>
#include "time_impl.h"

/* The POSIX TZ grammar: std offset [dst [offset] [,start[/time],end[/time]]]
   with names of three or more letters or <quoted> with digits and signs,
   offsets [+-]hh[:mm[:ss]] west of UTC, and rules Jn, n or Mm.w.d. A zone
   file name (TZ=":Europe/Paris"), or anything else the grammar does not
   accept, means UTC: there is no time zone database to read. */

char *__tzname[2] = { "UTC", "UTC" };
long __timezone;
int __daylight;
weak_alias(__tzname, tzname);
weak_alias(__timezone, timezone);
weak_alias(__daylight, daylight);

static const struct __tz utc = { 0, -3600, 0, { 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0 }, "UTC", "UTC" };
static struct __tz zone = utc;
static char seen[128];   /* the TZ last parsed */
static int parsed;

/* Writes the name to out (16 bytes) only when it is a valid one. */
static int name(const char **s, char *out)
{
	const char *p = *s, *first;
	size_t n;

	if (*p == '<') {
		first = ++p;
		while ((*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z')
		       || *p == '+' || *p == '-')
			p++;
		n = (size_t)(p - first);
		if (*p++ != '>')
			return -1;
	} else {
		first = p;
		while ((*p | 32) >= 'a' && (*p | 32) <= 'z')
			p++;
		n = (size_t)(p - first);
	}
	if (n < 3 || n > 15)
		return -1;
	memcpy(out, first, n);
	out[n] = 0;
	*s = p;
	return 0;
}

static int number(const char **s, long max, long *v)
{
	const char *p = *s;
	long n = 0;

	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++)
		if ((n = n * 10 + (*p - '0')) > max)
			return -1;
	*s = p;
	*v = n;
	return 0;
}

/* [+-]hh[:mm[:ss]] in seconds, hours at most max_hours. */
static int hms(const char **s, long max_hours, long *v)
{
	const char *p = *s;
	long h, m = 0, sec = 0;
	int neg = *p == '-';

	if (*p == '+' || *p == '-')
		p++;
	if (number(&p, max_hours, &h))
		return -1;
	if (*p == ':') {
		p++;
		if (number(&p, 59, &m))
			return -1;
		if (*p == ':') {
			p++;
			if (number(&p, 59, &sec))
				return -1;
		}
	}
	*v = (neg ? -1 : 1) * (h * 3600 + m * 60 + sec);
	*s = p;
	return 0;
}

static int rule(const char **s, struct __tz_rule *r)
{
	const char *p = *s;
	long a, b, c;

	if (*p == 'J') {
		p++;
		if (number(&p, 365, &a) || a < 1)
			return -1;
		r->kind = 'J';
		r->day = (int)a;
	} else if (*p == 'M') {
		p++;
		if (number(&p, 12, &a) || a < 1 || *p++ != '.' || number(&p, 5, &b) || b < 1
		    || *p++ != '.' || number(&p, 6, &c))
			return -1;
		r->kind = 'M';
		r->month = (int)a;
		r->week = (int)b;
		r->day = (int)c;
	} else {
		if (number(&p, 365, &a))
			return -1;
		r->kind = 'N';
		r->day = (int)a;
	}
	r->time = 7200;
	if (*p == '/') {
		p++;
		if (hms(&p, 167, &r->time))
			return -1;
	}
	*s = p;
	return 0;
}

static int parse(const char *s, struct __tz *z)
{
	if (name(&s, z->std_name) || hms(&s, 24, &z->std_west))
		return -1;
	z->has_dst = 0;
	strcpy(z->dst_name, z->std_name);
	z->dst_west = z->std_west - 3600;
	if (!*s)
		return 0;
	if (name(&s, z->dst_name))
		return -1;
	z->has_dst = 1;
	if (*s && *s != ',' && hms(&s, 24, &z->dst_west))
		return -1;
	if (!*s) {
		/* no rule: the United States' since 2007 */
		z->start = (struct __tz_rule){ 'M', 3, 2, 0, 7200 };
		z->end = (struct __tz_rule){ 'M', 11, 1, 0, 7200 };
		return 0;
	}
	if (*s++ != ',' || rule(&s, &z->start) || *s++ != ',' || rule(&s, &z->end) || *s)
		return -1;
	return 0;
}

const struct __tz *__tz_current(void)
{
	const char *tz = getenv("TZ");

	if (!tz)
		tz = "";
	if (parsed && !strncmp(tz, seen, sizeof seen))
		return &zone;
	strncpy(seen, tz, sizeof seen - 1);
	parsed = 1;
	struct __tz z;
	zone = *tz != ':' && !parse(tz, &z) ? z : utc;
	__tzname[0] = zone.std_name;
	__tzname[1] = zone.dst_name;
	__timezone = zone.std_west;
	__daylight = zone.has_dst;
	return &zone;
}
