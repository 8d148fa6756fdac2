#include <stddef.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "time_impl.h"

/* The C locale's conversions. As on glibc, white space in the format
   matches any amount of it (none too), numbers may follow white space, a
   12-hour clock takes %p wherever it comes, %C and %y combine, and when
   the month and day are known the weekday and day of the year are
   filled in (with whatever tm_year holds, as glibc does). */

static const char *const days[] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

struct state {
	int century, year2, pm, hour12;
	int have_md;  /* 2: the month is known, 4: the day is */
};

static int is_space(char c)
{
	return c == ' ' || (unsigned)(c - '\t') < 5u;
}

/* A number of at most width digits in [lo, hi], after white space. */
static const char *number(const char *s, int width, int lo, int hi, int *out)
{
	int v = 0, n = 0, neg = 0;

	while (is_space(*s))
		s++;
	if (lo < 0 && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	for (; n < width && *s >= '0' && *s <= '9'; n++, s++)
		v = v * 10 + (*s - '0');
	if (!n)
		return NULL;
	v = neg ? -v : v;
	if (v < lo || v > hi)
		return NULL;
	*out = v;
	return s;
}

/* A full or three-letter name from names, case-insensitively. */
static const char *name(const char *s, const char *const *names, int count, int *out)
{
	for (int i = 0; i < count; i++) {
		size_t full = strlen(names[i]);
		if (!strncasecmp(s, names[i], full)) {
			*out = i;
			return s + full;
		}
		if (!strncasecmp(s, names[i], 3)) {
			*out = i;
			return s + 3;
		}
	}
	return NULL;
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct state *st);

static const char *conv(const char *s, char c, struct tm *tm, struct state *st)
{
	int v;

	switch (c) {
	case 'a': case 'A':
		return name(s, days, 7, &tm->tm_wday);
	case 'b': case 'B': case 'h':
		if ((s = name(s, months, 12, &tm->tm_mon)))
			st->have_md |= 2;
		return s;
	case 'c': return parse(s, "%a %b %e %H:%M:%S %Y", tm, st);
	case 'D': case 'x': return parse(s, "%m/%d/%y", tm, st);
	case 'F': return parse(s, "%Y-%m-%d", tm, st);
	case 'r': return parse(s, "%I:%M:%S %p", tm, st);
	case 'R': return parse(s, "%H:%M", tm, st);
	case 'T': case 'X': return parse(s, "%H:%M:%S", tm, st);
	case 'C':
		if ((s = number(s, 2, 0, 99, &v)))
			st->century = v;
		return s;
	case 'd': case 'e':
		if ((s = number(s, 2, 1, 31, &tm->tm_mday)))
			st->have_md |= 4;
		return s;
	case 'H': case 'k':
		st->hour12 = 0;
		return number(s, 2, 0, 23, &tm->tm_hour);
	case 'I': case 'l':
		if ((s = number(s, 2, 1, 12, &v))) {
			tm->tm_hour = v % 12;
			st->hour12 = 1;
		}
		return s;
	case 'j':
		if ((s = number(s, 3, 1, 366, &v)))
			tm->tm_yday = v - 1;
		return s;
	case 'm':
		if ((s = number(s, 2, 1, 12, &v))) {
			tm->tm_mon = v - 1;
			st->have_md |= 2;
		}
		return s;
	case 'M': return number(s, 2, 0, 59, &tm->tm_min);
	case 'S': return number(s, 2, 0, 61, &tm->tm_sec);
	case 'n': case 't':
		while (is_space(*s))
			s++;
		return s;
	case 'p':
		while (is_space(*s))
			s++;
		if (!strncasecmp(s, "am", 2))
			st->pm = 0;
		else if (!strncasecmp(s, "pm", 2))
			st->pm = 1;
		else
			return NULL;
		return s + 2;
	case 'U': case 'W': case 'V':
		return number(s, 2, 0, 53, &v);
	case 'g':
		return number(s, 2, 0, 99, &v);
	case 'G':
		return number(s, 4, 0, 9999, &v);
	case 'u':
		if ((s = number(s, 1, 1, 7, &v)))
			tm->tm_wday = v % 7;
		return s;
	case 'w': return number(s, 1, 0, 6, &tm->tm_wday);
	case 'y':
		if ((s = number(s, 2, 0, 99, &v))) {
			st->year2 = v;
			tm->tm_year = v < 69 ? v + 100 : v;
		}
		return s;
	case 'Y':
		if ((s = number(s, 4, -9999, 9999, &v))) {
			tm->tm_year = v - 1900;
			st->year2 = -1;
		}
		return s;
	case 'z': {
		int sign, hh, mm = 0;
		while (is_space(*s))
			s++;
		if (*s == 'Z') {
			tm->tm_gmtoff = 0;
			return s + 1;
		}
		if (*s != '+' && *s != '-')
			return NULL;
		sign = *s++ == '-' ? -1 : 1;
		if (!(s = number(s, 2, 0, 99, &hh)))
			return NULL;
		if (*s == ':')
			s++;
		if (*s >= '0' && *s <= '9' && !(s = number(s, 2, 0, 59, &mm)))
			return NULL;
		tm->tm_gmtoff = sign * (hh * 3600 + mm * 60);
		return s;
	}
	case 'Z':
		/* a zone name says nothing the C library can use */
		while ((*s | 32) >= 'a' && (*s | 32) <= 'z')
			s++;
		return s;
	case 's': {
		long long t = 0;
		int neg = *s == '-';
		s += neg;
		if (*s < '0' || *s > '9')
			return NULL;
		for (; *s >= '0' && *s <= '9'; s++)
			t = t * 10 + (*s - '0');
		t = neg ? -t : t;
		if (!__localtime(t, tm))
			return NULL;
		return s;
	}
	case '%':
		return *s == '%' ? s + 1 : NULL;
	default:
		return NULL;
	}
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct state *st)
{
	for (; s && *f; f++) {
		if (is_space(*f)) {
			while (is_space(*s))
				s++;
		} else if (*f != '%') {
			if (*s++ != *f)
				return NULL;
		} else {
			f++;
			if (*f == 'E' || *f == 'O')
				f++;
			if (!*f)
				return NULL;
			s = conv(s, *f, tm, st);
		}
	}
	return s;
}

char *strptime(const char *restrict s, const char *restrict f, struct tm *restrict tm)
{
	struct state st = { -1, -1, -1, 0, 0 };

	s = parse(s, f, tm, &st);
	if (!s)
		return NULL;
	if (st.century >= 0) {
		int y = st.year2 >= 0 ? st.year2 : 0;
		tm->tm_year = st.century * 100 + y - 1900;
	}
	if (st.hour12 && st.pm >= 0)
		tm->tm_hour = tm->tm_hour % 12 + 12 * st.pm;
	if ((st.have_md & 6) == 6) {
		long long d = __days_from_civil(1900LL + tm->tm_year, tm->tm_mon + 1, tm->tm_mday);
		tm->tm_wday = (int)(((d + 4) % 7 + 7) % 7);
		tm->tm_yday = (int)(d - __days_from_civil(1900LL + tm->tm_year, 1, 1));
	}
	return (char *)s;
}
