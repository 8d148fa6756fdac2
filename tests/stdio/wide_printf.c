// portable
/* swprintf and vswprintf over the byte formatter: widths, precisions and
   %n count wide characters; %s and %c take multibyte input, %ls and %lc
   wide; output that does not fit fails with -1 (unlike snprintf), as does
   a byte that is no character; and open_wmemstream. */
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "test.h"

extern char *setlocale(int, const char *) __attribute__((__weak__));

static wchar_t out[64];

/* The output, or "-1" on failure, shown as UTF-8. */
static void show(const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswprintf(out, 64, fmt, ap);
	va_end(ap);
	if (r < 0) {
		printf("%ls -> -1\n", fmt);
		return;
	}
	CHECK_EQ(r, wcslen(out));
	printf("%ls -> [%ls] %d\n", fmt, out, r);
}

int main(void)
{
	CHECK(!setlocale || setlocale(LC_ALL, "C.UTF-8") != NULL);

	show(L"plain \u00e9t\u00e9");
	show(L"%d|%5d|%-5x|%05.1f|%e", -42, 7, 255u, 3.14159, 1e10);
	show(L"[%5s][%-5s][%.1s][%.0s]", "\xc3\xa9", "ab", "\xc3\xa9z", "x");
	show(L"[%5ls][%-4ls][%.2ls]", L"\u20ac", L"a\u00e9", L"\U0001f600xyz");
	show(L"[%3c][%-3lc][%lc]", 'a', (wint_t)0xe9, (wint_t)0x1f600);
	show(L"%s", (char *)NULL == NULL ? "null ok" : "");
	show(L"%2$s %1$ls", L"\u00e9", "\xe2\x82\xac");
	show(L"%%|%c|", '!');
	CHECK_EQ(swprintf(out, 64, L"%c|", 0), 2);
	CHECK(out[0] == 0 && out[1] == L'|');

	int n1 = -1, n2 = -1;
	CHECK_EQ(swprintf(out, 64, L"\u00e9\u00e9%n%ls%n", &n1, L"\u20ac\u20ac", &n2), 4);
	CHECK_EQ(n1, 2);
	CHECK_EQ(n2, 4);

	/* does not fit: -1, unlike snprintf */
	wchar_t small[4];
	CHECK_EQ(swprintf(small, 4, L"%ls", L"abcd"), -1);
	CHECK_EQ(swprintf(small, 4, L"%s", "abc"), 3);
	CHECK(wcscmp(small, L"abc") == 0);
	CHECK_EQ(swprintf(small, 4, L"\u00e9\u00e9\u00e9"), 3);
	CHECK_EQ(swprintf(small, 4, L"%d", 1234), -1);
	CHECK_EQ(swprintf(small, 0, L"x"), -1);
	CHECK_EQ(swprintf(small, 1, L""), 0);
	CHECK_EQ(small[0], 0);

	/* a byte that is no character, in %s or %c: EILSEQ */
	errno = 0;
	CHECK_EQ(swprintf(out, 64, L"%s", "a\xffz"), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	errno = 0;
	CHECK_EQ(swprintf(out, 64, L"%s", "cut \xe2\x82"), -1);
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK_EQ(swprintf(out, 64, L"%c", 0xe9), -1);
	/* the precision stops before the bad byte */
	CHECK_EQ(swprintf(out, 64, L"%.1s", "a\xff"), 1);

	/* open_wmemstream: sizes in wide characters */
	wchar_t *buf = NULL;
	size_t size = 99;
	FILE *f = open_wmemstream(&buf, &size);
	CHECK(f != NULL);
	CHECK(fwide(f, 0) > 0);
	CHECK_EQ(fwprintf(f, L"%ls=%d", L"\u20ac\u00e9", 5), 4);
	CHECK(fflush(f) == 0);
	CHECK_EQ(size, 4);
	CHECK(wcscmp(buf, L"\u20ac\u00e9=5") == 0);
	for (int i = 0; i < 100; i++)
		CHECK_EQ(fputwc(0x1f600, f), 0x1f600);
	CHECK(fputws(L"\u00e9nd", f) >= 0);
	CHECK(fclose(f) == 0);
	CHECK_EQ(size, 107);
	CHECK_EQ(buf[4], 0x1f600);
	CHECK(wcscmp(buf + 104, L"\u00e9nd") == 0);
	free(buf);
	return test_done();
}
