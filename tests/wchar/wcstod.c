// portable
/* wcstod, wcstof, wcstold over the strtod core: correctly rounded, the end
   pointer counted in wide characters, wide white space skipped, ERANGE,
   and no number at all; wcsftime over strftime. */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "test.h"

extern char *setlocale(int, const char *) __attribute__((__weak__));

static void show(const wchar_t *s)
{
	wchar_t *end;
	errno = 0;
	double d = wcstod(s, &end);
	int e = ERRNO;
	printf("%-24ls %-24a end %2d%s\n", s, d, (int)(end - s), e == ERANGE ? " ERANGE" : "");
}

static void numbers(void)
{
	show(L"1.5");
	show(L"  \t-0.1x");
	show(L"0x1.8p3\u00e9");
	show(L"1e400");
	show(L"-1e-400");
	show(L"infinity!");
	show(L"-nan");
	show(L"2.2250738585072014e-308");
	show(L"9007199254740993");
	show(L".");
	show(L"-");
	show(L"\u00e91");
	show(L"");
	show(L"12345678901234567890123456789012345678901234567890123456789012345678901234567890e-70");

	wchar_t *end;
	CHECK(wcstof(L"0.1", &end) == 0.1f);
	CHECK_EQ(*end, 0);
	CHECK(wcstold(L"0.1", &end) == 0.1L);
	errno = 0;
	CHECK(wcstof(L"1e39 ", &end) == HUGE_VALF);
	CHECK_EQ(ERRNO, ERANGE);
	CHECK_EQ(*end, L' ');
	CHECK(wcstod(L"7", NULL) == 7.0);
	const wchar_t *none = L"  z";
	CHECK(wcstod(none, &end) == 0.0);
	CHECK(end == none);
}

static void times(void)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 124;
	tm.tm_mon = 1;
	tm.tm_mday = 29;
	tm.tm_hour = 13;
	tm.tm_min = 5;
	tm.tm_sec = 9;
	tm.tm_wday = 4;
	tm.tm_yday = 59;
	wchar_t buf[64];
	CHECK_EQ(wcsftime(buf, 64, L"%Y-%m-%d %H:%M:%S \u00e9t\u00e9 %a %b %j %%", &tm), 37);
	printf("%ls\n", buf);
	CHECK_EQ(wcsftime(buf, 10, L"\u20ac%Y-%m-%d", &tm), 0);   /* 11 do not fit in 10 */
	CHECK_EQ(wcsftime(buf, 12, L"\u20ac%Y-%m-%d", &tm), 11);
	CHECK(wcscmp(buf, L"\u20ac2024-02-29") == 0);
	CHECK_EQ(wcsftime(buf, 64, L"", &tm), 0);
	CHECK_EQ(wcsftime(buf, 64, L"%H\u00b7%M", &tm), 5);
	CHECK(wcscmp(buf, L"13\u00b705") == 0);
}

int main(void)
{
	CHECK(!setlocale || setlocale(LC_ALL, "C.UTF-8") != NULL);
	numbers();
	times();
	return test_done();
}
