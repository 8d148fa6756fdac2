/* Unicode classification and case mapping, from the generated tables.
   Not portable: glibc's C locale classifies ASCII only. The class sizes
   at the end pin the tables down; they change only with the Unicode
   version, and then on purpose. */
#include <wchar.h>
#include <wctype.h>
#include "test.h"

#define W(c) NUM((wint_t)(c))

int main(void)
{
	CHECK(iswalpha(W('a')) && iswalpha(W(0xe9)) && iswalpha(W(0x3b1)) && iswalpha(W(0x4e00)));
	CHECK(iswalpha(W(0x10400)) && iswalpha(W(0x5d0)) && !iswalpha(W('1')) && !iswalpha(W(0x2000)));
	CHECK(!iswalpha(W(WEOF)) && !iswalpha(W(0x110000)) && !iswalpha(W(-5)));
	CHECK(iswdigit(W('7')) && !iswdigit(W(0x660)) && iswxdigit(W('F')) && !iswxdigit(W('g')));
	CHECK(iswspace(W(0x3000)) && iswspace(W('\n')) && !iswspace(W(0xa0)) && !iswspace(W(0x200b)));
	CHECK(iswblank(W(0x2003)) && !iswblank(W('\n')) && iswcntrl(W(0x85)) && iswcntrl(W(0x2028)));
	CHECK(iswpunct(W(0xbf)) && iswpunct(W(0x20ac)) && !iswpunct(W('a')) && !iswpunct(W(' ')));
	CHECK(iswprint(W(0xe000)) && !iswprint(W(0x378)) && !iswprint(W(0xd800)) && !iswgraph(W(0x3000)));

	CHECK_EQ(towupper(W(0xe9)), 0xc9);
	CHECK_EQ(towupper(W(0xff)), 0x178);
	CHECK_EQ(towlower(W(0x130)), 'i');
	CHECK_EQ(towupper(W(0x1c5)), 0x1c4);
	CHECK_EQ(towlower(W(0x1c5)), 0x1c6);
	CHECK_EQ(towupper(W(0x3c2)), 0x3a3);
	CHECK_EQ(towupper(W(0x101)), 0x100);
	CHECK_EQ(towupper(W(0x100)), 0x100);
	CHECK_EQ(towlower(W(0x100)), 0x101);
	CHECK_EQ(towupper(W(0x10428)), 0x10400);
	CHECK_EQ(towlower(W(0x1e900)), 0x1e922);
	CHECK_EQ(towupper(W('z')), 'Z');
	CHECK_EQ(towlower(W('Z')), 'z');
	CHECK(towupper(W(WEOF)) == WEOF);
	CHECK_EQ(towupper(W(0x10ffff)), 0x10ffff);
	CHECK(iswupper(W(0x100)) && iswlower(W(0x101)) && !iswupper(W('1')));

	CHECK_EQ(wcwidth(NUM((wchar_t)'a')), 1);
	CHECK_EQ(wcwidth(NUM((wchar_t)0)), 0);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x300)), 0);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x4e00)), 2);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x1f600)), 2);
	CHECK_EQ(wcwidth(NUM((wchar_t)0xff21)), 2);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x7f)), -1);
	CHECK_EQ(wcwidth(NUM((wchar_t)'\n')), -1);
	CHECK_EQ(wcwidth(NUM((wchar_t)0xad)), 1);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x200b)), 0);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x1160)), 0);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x378)), -1);
	CHECK_EQ(wcwidth(NUM((wchar_t)0x110000)), -1);
	CHECK_EQ(wcwidth(NUM((wchar_t)-1)), -1);
	CHECK_EQ(wcswidth(L"a\x4e00\x301z", 10), 4);
	CHECK_EQ(wcswidth(L"a\x4e00\x301z", 2), 3);
	CHECK_EQ(wcswidth(L"a\x7f", 10), -1);

	/* wctype and wctrans name the same functions */
	static const char *names[] = { "alnum", "alpha", "blank", "cntrl", "digit", "graph",
		"lower", "print", "punct", "space", "upper", "xdigit" };
	static int (*const fns[])(wint_t) = { iswalnum, iswalpha, iswblank, iswcntrl, iswdigit,
		iswgraph, iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit };
	long agree = 1;
	for (int i = 0; i < 12; i++) {
		wctype_t t = wctype(STR(names[i]));
		CHECK(t != 0);
		for (wint_t c = 0; c < 0x3000; c += 7)
			if (!iswctype(c, t) != !fns[i](c))
				agree = 0;
	}
	CHECK(agree);
	CHECK(wctype(STR("bogus")) == 0 && !iswctype(W('a'), 0));
	CHECK_EQ(towctrans(W(0xe9), wctrans(STR("toupper"))), 0xc9);
	CHECK_EQ(towctrans(W(0xc9), wctrans(STR("tolower"))), 0xe9);
	CHECK(wctrans(STR("tofrench")) == NULL);
	CHECK_EQ(towctrans(W('a'), NULL), 'a');

	/* the size of every class over all of Unicode */
	for (int i = 0; i < 12; i++) {
		long n = 0;
		for (wint_t c = 0; c < 0x110000; c++)
			n += fns[i](c) != 0;
		printf("%-6s %ld\n", names[i], n);
	}
	long width[4] = { 0 };
	for (wchar_t c = 0; c < 0x110000; c++)
		width[wcwidth(c) + 1]++;
	printf("width -1:%ld 0:%ld 1:%ld 2:%ld\n", width[0], width[1], width[2], width[3]);
	return test_done();
}
