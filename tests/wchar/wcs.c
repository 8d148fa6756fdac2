// portable
/* The wide-string and wide-memory functions, against glibc. */
#include <stdlib.h>
#include <wchar.h>
#include "test.h"

#define WSTR(s) ((const wchar_t *)test_launder((void *)(s)))

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static long at(const wchar_t *base, const wchar_t *p)
{
	return p ? (long)(p - base) : -1;
}

int main(void)
{
	wchar_t buf[32];
	const wchar_t *s = WSTR(L"hello, w\xf6rld; hello");

	printf("len %zu %zu %zu %zu\n", wcslen(s), wcslen(WSTR(L"")), wcsnlen(s, 3), wcsnlen(s, 99));
	printf("chr %ld %ld %ld %ld\n", at(s, wcschr(s, L'l')), at(s, wcsrchr(s, L'l')),
	       at(s, wcschr(s, 0)), at(s, wcschr(s, L'z')));
	printf("spn %zu %zu %ld\n", wcsspn(s, WSTR(L"hel")), wcscspn(s, WSTR(L";,")),
	       at(s, wcspbrk(s, WSTR(L";"))));
	printf("str %ld %ld %ld %ld\n", at(s, wcsstr(s, WSTR(L"hello"))),
	       at(s, wcsstr(s, WSTR(L"lo;"))), at(s, wcsstr(s, WSTR(L""))),
	       at(s, wcsstr(s, WSTR(L"\xf6rld;"))));
	printf("cmp %d %d %d %d %d\n", sign(wcscmp(WSTR(L"abc"), WSTR(L"abd"))),
	       sign(wcscmp(WSTR(L"\xe9"), WSTR(L"z"))), sign(wcscmp(WSTR(L"ab"), WSTR(L"a"))),
	       sign(wcsncmp(WSTR(L"abcX"), WSTR(L"abcY"), 3)), sign(wcsncmp(WSTR(L"a"), WSTR(L"b"), 0)));
	printf("casecmp %d %d %d\n", sign(wcscasecmp(WSTR(L"HeLLo"), WSTR(L"hello"))),
	       sign(wcscasecmp(WSTR(L"apple"), WSTR(L"BANANA"))),
	       sign(wcsncasecmp(WSTR(L"ABCd"), WSTR(L"abcE"), 3)));
	/* negative wchar_t values compare as signed */
	wchar_t neg[2] = { -5, 0 }, pos[2] = { 5, 0 };
	printf("signed %d %d\n", sign(wcscmp(neg, pos)), sign(wmemcmp(neg, pos, 1)));

	wmemset(buf, L'.', 32);
	CHECK(wcscpy(buf, WSTR(L"abc")) == buf && !wcscmp(buf, L"abc"));
	CHECK(wcpcpy(buf, WSTR(L"xy")) == buf + 2);
	CHECK(wcscat(buf, WSTR(L"z!")) == buf && !wcscmp(buf, L"xyz!"));
	CHECK(wcsncat(buf, WSTR(L"123"), 2) == buf && !wcscmp(buf, L"xyz!12"));
	wmemset(buf, L'.', 32);
	CHECK(wcsncpy(buf, WSTR(L"ab"), 4) == buf && !wmemcmp(buf, L"ab\0\0.", 5));
	wmemset(buf, L'.', 32);
	CHECK(wcpncpy(buf, WSTR(L"abcdef"), 3) == buf + 3 && !wmemcmp(buf, L"abc.", 4));
	CHECK(wmemcpy(buf, WSTR(L"0123456789"), 10) == buf);
	CHECK(wmemmove(buf + 2, buf, 5) == buf + 2 && !wmemcmp(buf, L"0101234789", 10));
	CHECK(wmemmove(buf, buf + 3, 5) == buf && !wmemcmp(buf, L"1234734789", 10));
	CHECK(wmemchr(buf, L'7', 10) == buf + 4 && wmemchr(buf, L'7', 4) == NULL);
	CHECK(wmemset(buf, 0x10ffff, 3) == buf && buf[2] == 0x10ffff && buf[3] == L'4');

	wchar_t *d = wcsdup(WSTR(L"dup\x20ac"));
	CHECK(d && !wcscmp(d, L"dup\x20ac"));
	free(d);

	wcscpy(buf, WSTR(L"  a b,,c "));
	wchar_t *save;
	for (wchar_t *t = wcstok(buf, WSTR(L" ,"), &save); t; t = wcstok(NULL, WSTR(L" ,"), &save))
		printf("tok [%c] %zu\n", (char)t[0], wcslen(t));
	CHECK(wcscoll(WSTR(L"a"), WSTR(L"b")) < 0);
	CHECK_EQ(wcsxfrm(buf, WSTR(L"abc"), 10), 3);
	CHECK(!wcscmp(buf, L"abc"));
	return test_done();
}
