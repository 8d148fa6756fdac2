#include <stdio.h>
#include <string.h>
#include <time.h>
#include "time_impl.h"

/* The C locale's conversions, with glibc's flags between '%' and the
   conversion: '_' pads with spaces, '0' with zeros, '-' drops the usual
   padding (an explicit width still pads, with spaces), '^' makes letters
   upper case, '#' changes their case; then a minimum width. The E and O
   modifiers change nothing here. Years (%Y %G %C) are not padded, as on
   glibc; POSIX's '+' flag is not taken, as on glibc either. */

struct out {
	char *s;
	size_t max, len;
};

static void put(struct out *o, char c)
{
	if (o->len < o->max)
		o->s[o->len] = c;
	o->len++;
}

static const char *const day_names[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

/* Weekday of 1 January, 0 = Sunday, then 53-week years in ISO 8601. */
static int iso_weeks(long long year)
{
	long long y = year - 1;
	int p = (int)(((year + floor_div(y, 4) - floor_div(y, 100) + floor_div(y, 400)) % 7 + 7) % 7);
	int leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
	return p == 4 || (p == 3 && leap) ? 53 : 52;
}

/* The ISO week-numbering year and week of tm. */
static long long iso_week(const struct tm *tm, int *week)
{
	long long year = 1900LL + tm->tm_year;
	int wd = (tm->tm_wday + 6) % 7;  /* Monday = 0 */
	int w = (tm->tm_yday - wd + 10) / 7;

	if (w < 1) {
		year--;
		w = iso_weeks(year);
	} else if (w > iso_weeks(year)) {
		year++;
		w = 1;
	}
	*week = w;
	return year;
}

/* Pads s to width (zeros after a sign), in upper case or, with lower,
   in lower case. */
static void emit(struct out *o, const char *s, size_t n, int pad, size_t width, int upcase, int lower)
{
	int neg = n && (*s == '-' || *s == '+') && pad == '0';

	if (neg) {
		put(o, *s++);
		n--;
		width -= width > 0;
	}
	for (; pad && width > n; width--)
		put(o, (char)pad);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (upcase && c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		else if (lower && c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		put(o, c);
	}
}

static size_t format(struct out *o, const char *f, const struct tm *tm);

/* Returns -1 when c is not a conversion. */
static int convert(struct out *o, char flag, size_t width, char c, const struct tm *tm)
{
	char buf[64];
	const char *str = buf;
	size_t n;
	long long num = 0;
	int digits = 2, pad = '0', upcase = flag == '^', lower = 0;
	int week;
	const char *sub = NULL;

	switch (c) {
	case 'a': case 'A':
		str = (unsigned)tm->tm_wday < 7 ? day_names[tm->tm_wday] : "?";
		n = c == 'a' && *str != '?' ? 3 : strlen(str);
		upcase |= flag == '#';
		goto text;
	case 'b': case 'B': case 'h':
		str = (unsigned)tm->tm_mon < 12 ? month_names[tm->tm_mon] : "?";
		n = c != 'B' && *str != '?' ? 3 : strlen(str);
		upcase |= flag == '#';
		goto text;
	case 'p': case 'P':
		str = tm->tm_hour >= 12 ? (c == 'p' ? "PM" : "pm") : (c == 'p' ? "AM" : "am");
		n = 2;
		if (flag == '#' && c == 'p')
			str = tm->tm_hour >= 12 ? "pm" : "am";
		goto text;
	case 'Z':
		str = tm->tm_zone ? tm->tm_zone : "";
		n = strlen(str);
		lower = flag == '#';
		goto text;
	case 'n':
		str = "\n";
		n = 1;
		goto text;
	case 't':
		str = "\t";
		n = 1;
		goto text;
	case '%':
		str = "%";
		n = 1;
		goto text;
	case 'c': sub = "%a %b %e %H:%M:%S %Y"; break;
	case 'D': case 'x': sub = "%m/%d/%y"; break;
	case 'F': sub = "%Y-%m-%d"; break;
	case 'r': sub = "%I:%M:%S %p"; break;
	case 'R': sub = "%H:%M"; break;
	case 'T': case 'X': sub = "%H:%M:%S"; break;
	case 'C': num = floor_div(1900LL + tm->tm_year, 100); digits = 1; break;
	case 'd': num = tm->tm_mday; break;
	case 'e': num = tm->tm_mday; pad = ' '; break;
	case 'g': num = iso_week(tm, &week) % 100; num += num < 0 ? 100 : 0; break;
	case 'G': num = iso_week(tm, &week); digits = 1; break;
	case 'H': num = tm->tm_hour; break;
	case 'I': num = (tm->tm_hour + 11) % 12 + 1; break;
	case 'j': num = tm->tm_yday + 1; digits = 3; break;
	case 'k': num = tm->tm_hour; pad = ' '; break;
	case 'l': num = (tm->tm_hour + 11) % 12 + 1; pad = ' '; break;
	case 'm': num = tm->tm_mon + 1; break;
	case 'M': num = tm->tm_min; break;
	case 's': {
		struct tm copy = *tm;
		num = mktime(&copy);
		digits = 1;
		break;
	}
	case 'S': num = tm->tm_sec; break;
	case 'u': num = (tm->tm_wday + 6) % 7 + 1; digits = 1; break;
	case 'U': num = (tm->tm_yday + 7 - tm->tm_wday) / 7; break;
	case 'V': iso_week(tm, &week); num = week; break;
	case 'w': num = tm->tm_wday; digits = 1; break;
	case 'W': num = (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7; break;
	case 'y': num = ((1900LL + tm->tm_year) % 100 + 100) % 100; break;
	case 'Y': num = 1900LL + tm->tm_year; digits = 1; break;
	case 'z': {
		/* glibc's widths on %z are its own; only '-' is kept */
		long off = tm->tm_gmtoff, a = off < 0 ? -off : off;
		num = a / 3600 * 100 + a / 60 % 60;
		n = (size_t)snprintf(buf, sizeof buf, flag == '-' ? "%c%lld" : "%c%04lld",
				     off < 0 ? '-' : '+', num);
		emit(o, buf, n, 0, 0, 0, 0);
		return 0;
	}
	default:
		return -1;
	}

	if (sub) {
		struct out tmp = { buf, sizeof buf, 0 };
		format(&tmp, sub, tm);
		n = tmp.len < sizeof buf ? tmp.len : sizeof buf;
		emit(o, buf, n, flag == '0' ? '0' : ' ', width, upcase, 0);
		return 0;
	}
	if (flag == '_')
		pad = ' ';
	else if (flag == '-')
		pad = ' ';  /* only an explicit width pads */
	else if (flag == '0')
		pad = '0';
	if (width < (size_t)digits && flag != '-')
		width = (size_t)digits;
	n = (size_t)snprintf(buf, sizeof buf, "%lld", num);
	if (pad == ' ' && num < 0 && width > n) {
		/* spaces go before the sign */
		for (; width > n; width--)
			put(o, ' ');
	}
	emit(o, buf, n, pad, width, 0, 0);
	return 0;
text:
	emit(o, str, n, flag == '0' ? '0' : ' ', width, upcase, lower);
	return 0;
}

static size_t format(struct out *o, const char *f, const struct tm *tm)
{
	for (; *f; f++) {
		if (*f != '%') {
			put(o, *f);
			continue;
		}
		const char *start = f;
		char flag = 0;
		while (f[1] == '_' || f[1] == '-' || f[1] == '0' || f[1] == '^' || f[1] == '#')
			flag = *++f;
		size_t width = 0;
		while (f[1] >= '0' && f[1] <= '9')
			width = width * 10 + (size_t)(*++f - '0');
		if (width > 1024)
			width = 1024;
		if (f[1] == 'E' || f[1] == 'O')
			f++;
		/* what is not a conversion is copied as it was written */
		if (!f[1] || convert(o, flag, width, f[1], tm)) {
			for (; start <= f + !!f[1]; start++)
				put(o, *start);
		}
		f += !!f[1];
	}
	return o->len;
}

size_t strftime(char *restrict s, size_t max, const char *restrict f, const struct tm *restrict tm)
{
	struct out o = { s, max, 0 };

	format(&o, f, tm);
	if (o.len >= max)
		return 0;
	s[o.len] = 0;
	return o.len;
}
