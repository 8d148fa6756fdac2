/* The *_l functions: with only the C locale, any locale_t gives the
   answer of the function without _l. Not portable: glibc needs a real
   locale_t. The declarations wait for <locale.h>'s locale_t. */
#include <ctype.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include "test.h"

struct __locale_struct;
typedef struct __locale_struct *locale_t;
int isalpha_l(int, locale_t);
int isdigit_l(int, locale_t);
int toupper_l(int, locale_t);
int iswalpha_l(wint_t, locale_t);
wint_t towupper_l(wint_t, locale_t);
int iswctype_l(wint_t, wctype_t, locale_t);
wctype_t wctype_l(const char *, locale_t);
char *strerror_l(int, locale_t);
int strcoll_l(const char *, const char *, locale_t);
int strcasecmp_l(const char *, const char *, locale_t);
int strncasecmp_l(const char *, const char *, size_t, locale_t);
int wcscasecmp_l(const wchar_t *, const wchar_t *, locale_t);
size_t strxfrm_l(char *, const char *, size_t, locale_t);

int main(void)
{
	locale_t c = NULL;
	CHECK(isalpha_l(NUM('q'), c) && !isalpha_l(NUM('1'), c) && isdigit_l(NUM('1'), c));
	CHECK_EQ(toupper_l(NUM('q'), c), 'Q');
	CHECK(iswalpha_l(NUM((wint_t)0x3b1), c));
	CHECK_EQ(towupper_l(NUM((wint_t)0x3b1), c), 0x391);
	CHECK(iswctype_l(NUM((wint_t)'7'), wctype_l(STR("digit"), c), c));
	CHECK(strcmp(strerror_l(NUM(EINVAL), c), strerror(EINVAL)) == 0);
	CHECK(strcoll_l(STR("a"), STR("b"), c) < 0);
	CHECK(strcasecmp_l(STR("ABC"), STR("abc"), c) == 0);
	CHECK(strncasecmp_l(STR("ABx"), STR("aby"), 2, c) == 0);
	CHECK(wcscasecmp_l(L"\x391" L"B", L"\x3b1" L"b", c) == 0);
	char buf[8];
	CHECK_EQ(strxfrm_l(buf, STR("xyz"), sizeof buf, c), 3);
	return test_done();
}
