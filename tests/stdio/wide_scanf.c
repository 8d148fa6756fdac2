// portable
// scratch
/* swscanf and fwscanf over the byte scanf core: numbers, %s %c %[ into
   multibyte arrays with widths in characters, %ls %lc %l[ into wide ones,
   scansets of characters past ASCII, %n in characters, a character that
   ends a directive read again by the next, input and matching failures,
   and the __isoc99_ names glibc's headers call. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "test.h"

extern char *setlocale(int, const char *) __attribute__((__weak__));

int __isoc99_swscanf(const wchar_t *, const wchar_t *, ...);
int __isoc99_sscanf(const char *, const char *, ...);

static void strings(void)
{
	int i = 0, n = -1;
	double d = 0;
	char s[32], t[32];
	wchar_t ws[16], w3[8];
	wint_t wc = 0;

	CHECK_EQ(swscanf(L" 42 -3.5e2 0x1f", L"%d %lf %i", &i, &d, &n), 3);
	CHECK_EQ(i, 42);
	CHECK(d == -350.0);
	CHECK_EQ(n, 31);

	CHECK_EQ(swscanf(L"\u00e9t\u00e9 \u20acx", L"%s %2c%n", s, t, &n), 2);
	CHECK(strcmp(s, "\xc3\xa9t\xc3\xa9") == 0);
	CHECK(memcmp(t, "\xe2\x82\xacx", 4) == 0);
	CHECK_EQ(n, 6);

	CHECK_EQ(swscanf(L"\u00e9\u00e9\u00e9\u00e9", L"%3s", s), 1);
	CHECK(strcmp(s, "\xc3\xa9\xc3\xa9\xc3\xa9") == 0);

	CHECK_EQ(swscanf(L"\u00e9\U0001f600 z", L"%ls %lc", ws, &wc), 2);
	CHECK(wcscmp(ws, L"\u00e9\U0001f600") == 0);
	CHECK_EQ(wc, L'z');

	wchar_t w2[4] = { 0 };
	CHECK_EQ(swscanf(L"\u20ac\u20acab", L"%2lc%ls", w2, ws), 2);
	CHECK(w2[0] == 0x20ac && w2[1] == 0x20ac);
	CHECK(wcscmp(ws, L"ab") == 0);

	/* scansets with characters past ASCII, and ranges of them */
	CHECK_EQ(swscanf(L"\u00e9\u00e8a\u20acrest", L"%l[\u00e8-\u00eaa]%l[^r]%ls", ws, w2, w3), 3);
	CHECK(wcscmp(ws, L"\u00e9\u00e8a") == 0);
	CHECK(wcscmp(w2, L"\u20ac") == 0);
	CHECK(wcscmp(w3, L"rest") == 0);
	CHECK_EQ(swscanf(L"\u00e9\u00e8a\u20acrest", L"%[\u00e9\u00e8]%[^\u20ac]", s, t), 2);
	CHECK(strcmp(s, "\xc3\xa9\xc3\xa8") == 0);
	CHECK(strcmp(t, "a") == 0);

	/* the character that ends %d or %s is read by what follows */
	CHECK_EQ(swscanf(L"12\u00e9", L"%d%lc", &i, &wc), 2);
	CHECK_EQ(i, 12);
	CHECK_EQ(wc, 0xe9);
	CHECK_EQ(swscanf(L"ab\u20ac\u00e9", L"%l[ab]%l[\u20ac]%n", ws, w2, &n), 2);
	CHECK_EQ(n, 3);

	/* literal characters past ASCII */
	CHECK_EQ(swscanf(L"\u00e9=5", L"\u00e9=%d", &i), 1);
	CHECK_EQ(i, 5);
	CHECK_EQ(swscanf(L"\u00e8=5", L"\u00e9=%d", &i), 0);

	/* failures */
	CHECK_EQ(swscanf(L"", L"%d", &i), EOF);
	CHECK_EQ(swscanf(L"   ", L"%ls", ws), EOF);
	CHECK_EQ(swscanf(L"x", L"%d", &i), 0);
	CHECK_EQ(swscanf(L"7 x", L"%d %d", &i, &n), 1);
	CHECK_EQ(__isoc99_swscanf(L"9", L"%d", &i), 1);
	CHECK_EQ(i, 9);
	CHECK_EQ(__isoc99_sscanf("8", "%d", &i), 1);
	CHECK_EQ(i, 8);
}

static void stream(void)
{
	FILE *f = fopen("in", "w");
	CHECK(f != NULL);
	CHECK(fputs("\xc3\xa9t\xc3\xa9 42\n\xe2\x82\xac" "7 rest", f) >= 0);
	CHECK(fclose(f) == 0);

	f = fopen("in", "r");
	CHECK(f != NULL);
	wchar_t ws[16];
	int i = 0, j = 0;
	wint_t wc;
	CHECK_EQ(fwscanf(f, L"%ls %d", ws, &i), 2);
	CHECK(wcscmp(ws, L"\u00e9t\u00e9") == 0);
	CHECK_EQ(i, 42);
	CHECK(fwide(f, 0) > 0);
	CHECK_EQ(fwscanf(f, L" %d", &j), 0);   /* the euro sign stays */
	CHECK_EQ(fgetwc(f), 0x20ac);
	CHECK_EQ(fwscanf(f, L"%d %lc", &j, &wc), 2);
	CHECK_EQ(j, 7);
	CHECK_EQ(wc, L'r');
	CHECK_EQ(fgetwc(f), L'e');
	CHECK_EQ(fwscanf(f, L"%ls", ws), 1);
	CHECK(wcscmp(ws, L"st") == 0);
	CHECK_EQ(fwscanf(f, L"%ls", ws), EOF);
	CHECK(fclose(f) == 0);

	/* a byte stream takes no wide scanf */
	f = fopen("in", "r");
	CHECK(f != NULL);
	CHECK_EQ(fgetc(f), 0xc3);
	CHECK_EQ(fwscanf(f, L"%d", &i), EOF);
	CHECK(!ferror(f));
	CHECK(fclose(f) == 0);
}

int main(void)
{
	CHECK(!setlocale || setlocale(LC_ALL, "C.UTF-8") != NULL);
	strings();
	stream();
	return test_done();
}
