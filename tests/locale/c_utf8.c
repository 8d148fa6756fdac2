/* Where this libc parts from glibc on purpose: every locale is UTF-8, "C"
   included, so CODESET is "UTF-8" and MB_CUR_MAX is 4 in all of them; the
   composite name lists our six categories; catgets and catclose report
   EBADF, POSIX's "may fail" error, which glibc leaves out; strfmon's
   E2BIG is always set (glibc sometimes leaves errno alone). */
#include <langinfo.h>
#include <locale.h>
#include <monetary.h>
#include <nl_types.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "test.h"

int main(void)
{
	CHECK(strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	CHECK_EQ(MB_CUR_MAX, 4);
	/* The C locale decodes UTF-8. */
	wchar_t wc = 0;
	CHECK_EQ(mbtowc(&wc, STR("\xc3\xa9"), 2), 2);
	CHECK_EQ(wc, 0xe9);
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	CHECK(strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	CHECK_EQ(MB_CUR_MAX, 4);

	CHECK(setlocale(LC_NUMERIC, "C"));
	CHECK(setlocale(LC_MESSAGES, "C.utf8"));
	const char *all = setlocale(LC_ALL, NULL);
	CHECK(strcmp(all, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C.UTF-8;"
	                  "LC_COLLATE=C.UTF-8;LC_MONETARY=C.UTF-8;LC_MESSAGES=C.utf8") == 0);
	/* A composite name may list some categories; the others stay. */
	CHECK(setlocale(LC_ALL, STR("LC_TIME=C;LC_MESSAGES=POSIX")));
	CHECK(strcmp(setlocale(LC_ALL, NULL), "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;"
	                  "LC_COLLATE=C.UTF-8;LC_MONETARY=C.UTF-8;LC_MESSAGES=C") == 0);
	/* Unknown categories, bad names and composites for one category fail. */
	CHECK(setlocale(LC_ALL, STR("LC_PAPER=C")) == NULL);
	CHECK(setlocale(LC_ALL, STR("LC_TIME=xx")) == NULL);
	CHECK(setlocale(LC_ALL, STR("LC_TIME=")) == NULL);
	CHECK(setlocale(LC_ALL, STR("LC_TIME")) == NULL);
	CHECK(setlocale(LC_TIME, STR("LC_TIME=C")) == NULL);
	CHECK(strcmp(setlocale(LC_TIME, NULL), "C") == 0);
	CHECK(strcmp(setlocale(LC_ALL, "C"), "C") == 0);

	nl_catd cd = catopen(STR("x"), 0);
	CHECK(cd == (nl_catd)-1);
	const char *dflt = STR("default text");
	errno = 0;
	CHECK(catgets(cd, NL_SETD, 1, dflt) == dflt && ERRNO == EBADF);
	errno = 0;
	CHECK(catclose(cd) == -1 && ERRNO == EBADF);
	char buf[4];
	errno = 0;
	CHECK(strfmon(buf, sizeof buf, STR("%n"), 1.0) == -1 && ERRNO == E2BIG);
	errno = 0;
	CHECK(strfmon(buf, sizeof buf, STR("abcd")) == -1 && ERRNO == E2BIG);
	return test_done();
}
