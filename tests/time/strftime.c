// portable
// env: TZ=CET-1CEST,M3.5.0,M10.5.0/3
/* Every conversion, with the flags and widths, on dates chosen for the
   week-numbering edges, printed for the native run to compare. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "test.h"

static const char convs[] = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";

static void all(const struct tm *tm)
{
	char fmt[8], buf[200];

	for (const char *c = convs; *c; c++) {
		snprintf(fmt, sizeof fmt, "%%%c", *c);
		size_t n = strftime(buf, sizeof buf, fmt, tm);
		printf("[%s]", buf);
		CHECK(n == strlen(buf));
	}
	printf("\n");
}

int main(void)
{
	/* 1 January and the days round it, across week-year changes */
	for (int year = 1998; year <= 2030; year++) {
		for (int d = -4; d <= 4; d++) {
			struct tm tm = { .tm_year = year - 1900, .tm_mday = 1 + d, .tm_hour = 12,
					 .tm_isdst = -1 };
			mktime(&tm);
			char buf[64];
			strftime(buf, sizeof buf, "%F %a %G-W%V-%u %g %U %W %j", &tm);
			printf("%s\n", buf);
		}
	}

	static const time_t when[] = { 0, 1, 951782400, 1711846799, 1711846800, 1729990800,
				       1704067199, 1719792000 + 13 * 3600 + 5 * 60 + 9, 4102444800 };
	for (size_t i = 0; i < sizeof when / sizeof *when; i++) {
		time_t t = NUM(when[i]);
		struct tm tm;
		all(localtime_r(&t, &tm));
		all(gmtime_r(&t, &tm));
	}

	/* the hours of a day through %I %l %p %P */
	for (int h = 0; h < 24; h++) {
		struct tm tm = { .tm_year = 124, .tm_mday = 1, .tm_hour = h };
		char buf[64];
		strftime(buf, sizeof buf, "%H %I %l %k %p %P %r", &tm);
		printf("%s\n", buf);
	}

	static const char *const flagged[] = {
		"%_d|%-d|%0e|%-e|%_H|%-H|%_j|%-j|%3d|%5Y|%_5Y|%-5Y|%10A|%-10A|%^a|%^B|%#b|%#p|%#Z",
		"%^Z|%010d|%_10d|%-10d|%z|%-z|%^c|%12D|%_12T|%Ey|%EY|%Od|%OH|%Ec|%Ex|%EX",
		"%C|%_3C|%y|%-y|%_y|%g|%-V|%-U|%-W|%_u|%3w|%-m|%_m|%-M|%-S|%_S|%-I|%_l|%-l",
		"plain text %% %n%t end", "%", "abc%", "%q|%Q|%v|%1", "%-",
	};
	static const time_t at[] = { 1709253009, 1721000000 };
	for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
		time_t t = NUM(at[i]);
		struct tm tm;
		localtime_r(&t, &tm);
		for (size_t j = 0; j < sizeof flagged / sizeof *flagged; j++) {
			char buf[300];
			size_t n = strftime(buf, sizeof buf, STR(flagged[j]), &tm);
			printf("%zu [%s]\n", n, n ? buf : "");
		}
	}

	/* too small: 0, and what is in the buffer then is unspecified */
	struct tm tm = { .tm_year = 124, .tm_mday = 1 };
	char small[10];
	CHECK_EQ(strftime(small, sizeof small, "%Y-%m-%d", &tm), 0);
	CHECK_EQ(strftime(small, 11, "%Y-%m-%d", &tm), 10);
	CHECK_EQ(strftime(small, 0, "", &tm), 0);
	char one[1];
	CHECK_EQ(strftime(one, sizeof one, "", &tm), 0);
	CHECK(one[0] == 0);

	/* years far from now */
	static const int years[] = { -1900, -1899, -1, 0, 1, 99, 999, 9999, 10000, 12345 };
	for (size_t i = 0; i < sizeof years / sizeof *years; i++) {
		struct tm y = { .tm_year = years[i] - 1900, .tm_mon = 5, .tm_mday = 15 };
		char buf[100];
		strftime(buf, sizeof buf, "%Y|%C|%y|%G|%g|%F|%4Y|%_6Y|%+4Y|%+6Y|%06C", &y);
		printf("%d: %s\n", years[i], buf);
	}
	return test_done();
}
