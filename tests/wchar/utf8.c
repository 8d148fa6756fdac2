/* UTF-8 decoding and encoding, every invalid form included. Built
   natively under glibc's C.UTF-8 this prints the same, except that glibc
   still accepts the pre-2003 forms beyond U+10FFFF (f4 90.., f5.., f8..)
   that RFC 3629 and this libc reject, so it runs under wasm only. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>
#include "test.h"
#ifdef __GLIBC__
#include <locale.h>
#endif

/* Not yet in this libc's <stdlib.h>. */
int mblen(const char *, size_t);
int mbtowc(wchar_t *__restrict, const char *__restrict, size_t);
int wctomb(char *, wchar_t);
size_t mbstowcs(wchar_t *__restrict, const char *__restrict, size_t);
size_t wcstombs(char *__restrict, const wchar_t *__restrict, size_t);

static unsigned nibble(char c)
{
	return (unsigned)(c <= '9' ? c - '0' : c - 'a' + 10);
}

static void decode(const char *hex)
{
	unsigned char buf[8];
	size_t n = 0;
	for (const char *p = hex; *p; p += 2 + (p[2] == ' '))
		buf[n++] = (unsigned char)(nibble(p[0]) << 4 | nibble(p[1]));
	/* all at once */
	mbstate_t st;
	memset(&st, 0, sizeof st);
	wchar_t wc = -7;
	errno = 0;
	size_t r = mbrtowc(&wc, (const char *)buf, n, &st);
	printf("%-12s whole: %2d", hex, (int)r);
	if (r == (size_t)-1)
		printf(" %s", errno == EILSEQ ? "EILSEQ" : "?");
	else if (r != (size_t)-2)
		printf(" U+%04X", (unsigned)wc);
	/* one byte at a time */
	memset(&st, 0, sizeof st);
	printf("  bytes:");
	for (size_t i = 0; i < n; i++) {
		r = mbrtowc(&wc, (const char *)buf + i, 1, &st);
		printf(" %d", (int)r);
		if (r == (size_t)-1)
			break;
		if (r != (size_t)-2) {
			printf("=U+%04X", (unsigned)wc);
			memset(&st, 0, sizeof st);
		}
	}
	printf(" %s\n", mbsinit(&st) ? "init" : "mid");
}

static void encode(long c)
{
	char buf[8];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	errno = 0;
	size_t r = wcrtomb(buf, (wchar_t)c, &st);
	printf("wcrtomb %lx: %d", c & 0xffffffffL, (int)r);
	if (r == (size_t)-1)
		printf(" %s", errno == EILSEQ ? "EILSEQ" : "?");
	for (size_t i = 0; r != (size_t)-1 && i < r; i++)
		printf(" %02x", (unsigned char)buf[i]);
	printf("\n");
}

int main(void)
{
#ifdef __GLIBC__
	if (!setlocale(LC_ALL, "C.UTF-8"))
		return 2;
#endif
	static const char *const forms[] = {
		"41", "00", "7f", "c2 80", "df bf", "e0 a0 80", "e2 82 ac", "ef bf bd", "ef bf bf",
		"f0 90 80 80", "f4 8f bf bf", "80", "bf", "c0 80", "c1 bf", "c2", "c2 41", "c2 c2",
		"e0 80 80", "e0 9f bf", "ed 9f bf", "ed a0 80", "ed bf bf", "ee 80 80", "e2 82",
		"e2 82 41", "e2 41", "f0 80 80 80", "f0 8f bf bf", "f4 90 80 80", "f5 80 80 80",
		"f8 88 80 80", "fe", "ff", "f0 9f 98", "f0 9f 98 80",
	};
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
		decode(forms[i]);

	static const long points[] = { 0, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff,
		0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1 };
	for (size_t i = 0; i < sizeof points / sizeof *points; i++)
		encode(points[i]);

	/* mbrtowc with a null string resets, and a zero length is incomplete */
	mbstate_t st;
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbrtowc(NULL, STR("\xe2"), 1, &st), (size_t)-2);
	CHECK(!mbsinit(&st));
	CHECK_EQ(mbrtowc(NULL, STR("\x82"), NUM((size_t)0), &st), (size_t)-2);
	CHECK_EQ(mbrlen(STR("\x82\xac"), 2, &st), 2);
	CHECK(mbsinit(&st));
	CHECK_EQ(mbrtowc(NULL, NULL, 0, &st), 0);

	/* the stateless ones */
	wchar_t wc = 0;
	CHECK_EQ(mbtowc(&wc, STR("\xc3\xa9"), 2), 2);
	CHECK_EQ(wc, 0xe9);
	CHECK_EQ(mbtowc(&wc, STR("\xc3"), 1), -1);
	CHECK_EQ(mbtowc(NULL, NULL, 0), 0);
	CHECK_EQ(mblen(STR("\xe2\x82\xac"), 3), 3);
	CHECK_EQ(mblen(STR(""), 1), 0);
	char out[8];
	CHECK_EQ(wctomb(out, NUM((wchar_t)0x20ac)), 3);
	CHECK(memcmp(out, "\xe2\x82\xac", 3) == 0);
	CHECK_EQ(wctomb(NULL, 0), 0);
	CHECK_EQ(btowc(NUM('A')), 'A');
	CHECK((unsigned)btowc(NUM(0x80)) == WEOF && (unsigned)btowc(NUM(EOF)) == WEOF);
	CHECK_EQ(wctob(NUM((wint_t)'A')), 'A');
	CHECK_EQ(wctob(NUM((wint_t)0xe9)), EOF);

	/* strings */
	wchar_t wbuf[16];
	const char *src = STR("h\xc3\xa9\xe2\x82\xac!");
	CHECK_EQ(mbstowcs(NULL, src, 0), 4);
	CHECK_EQ(mbstowcs(wbuf, src, 16), 4);
	CHECK(wbuf[0] == 'h' && wbuf[1] == 0xe9 && wbuf[2] == 0x20ac && wbuf[3] == '!' && !wbuf[4]);
	const char *p = src;
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbsrtowcs(wbuf, &p, 2, &st), 2);
	CHECK(p == src + 3);
	CHECK_EQ(mbsrtowcs(wbuf, &p, 16, &st), 2);
	CHECK(p == NULL);
	p = STR("ab\xff");
	CHECK_EQ(mbsrtowcs(wbuf, &p, 16, &st), (size_t)-1);
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK_EQ(wcstombs(NULL, L"h\xe9\x20ac", 0), 6);
	char mb[16];
	memset(mb, 'Q', sizeof mb);
	CHECK_EQ(wcstombs(mb, L"h\xe9\x20ac", 16), 6);
	CHECK(strcmp(mb, "h\xc3\xa9\xe2\x82\xac") == 0);
	memset(mb, 'Q', sizeof mb);
	CHECK_EQ(wcstombs(mb, L"h\xe9\x20ac", 5), 3); /* the euro does not fit */
	CHECK(mb[3] == 'Q');
	const wchar_t *wp = L"ab\xd800";
	memset(&st, 0, sizeof st);
	CHECK_EQ(wcsrtombs(mb, &wp, 16, &st), (size_t)-1);
	CHECK(wp && *wp == 0xd800);
	wp = L"xy";
	CHECK_EQ(wcsnrtombs(mb, &wp, 1, 16, &st), 1);
	CHECK(wp && *wp == 'y');
	p = STR("\xe2\x82\xac" "z");
	CHECK_EQ(mbsnrtowcs(wbuf, &p, 2, 16, &st), 0); /* cut inside the euro */
	CHECK(!mbsinit(&st));
	CHECK_EQ(mbsnrtowcs(wbuf, &p, 2, 16, &st), 2);
	CHECK(wbuf[0] == 0x20ac && wbuf[1] == 'z');

	/* char16_t: surrogate pairs both ways */
	char16_t c16 = 0;
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbrtoc16(&c16, STR("\xf0\x9f\x98\x80"), 4, &st), 4);
	CHECK_EQ(c16, 0xd83d);
	CHECK_EQ(mbrtoc16(&c16, STR(""), 0, &st), (size_t)-3);
	CHECK_EQ(c16, 0xde00);
	CHECK(mbsinit(&st));
	CHECK_EQ(mbrtoc16(&c16, STR("\xc3\xa9"), 2, &st), 2);
	CHECK_EQ(c16, 0xe9);
	CHECK_EQ(c16rtomb(out, 0xd83d, &st), 0);
	CHECK_EQ(c16rtomb(out, 0xde00, &st), 4);
	CHECK(memcmp(out, "\xf0\x9f\x98\x80", 4) == 0);
	CHECK_EQ(c16rtomb(out, 0xe9, &st), 2);
	char32_t c32 = 0;
	CHECK_EQ(mbrtoc32(&c32, STR("\xf4\x8f\xbf\xbf"), 4, &st), 4);
	CHECK_EQ(c32, 0x10ffff);
	CHECK_EQ(c32rtomb(out, 0x10ffff, &st), 4);
	errno = 0;
	CHECK_EQ(c32rtomb(out, 0x110000, &st), (size_t)-1);
	CHECK_EQ(ERRNO, EILSEQ);
	return test_done();
}
