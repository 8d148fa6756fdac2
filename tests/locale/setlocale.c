// portable
/* setlocale, localeconv and the locale_t functions over the locales both
   libcs have: "C", "POSIX" and "C.UTF-8" in its spellings. */
#define _GNU_SOURCE
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static void show(int cat, const char *name)
{
	char *r = setlocale(cat, name);
	printf("setlocale(%d, \"%s\") = %s\n", cat, name, r ? r : "NULL");
}

int main(void)
{
	unsetenv("LC_ALL");
	unsetenv("LANG");
	CHECK(strcmp(setlocale(LC_ALL, NULL), "C") == 0);
	static const char *const names[] = {
		"C", "POSIX", "C.UTF-8", "C.utf8", "C.utf-8", "C.UTF8",
		"c", "posix", "C.utf16", "C.ascii", "en_US.UTF-8", "C/x",
		"POSIX.UTF-8", "xx", "C.", "../C",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		show(LC_ALL, names[i]);
		show(LC_NUMERIC, names[i]);
		CHECK(setlocale(LC_ALL, "C"));
	}

	/* A failed call changes nothing. */
	CHECK(strcmp(setlocale(LC_ALL, STR("C.UTF-8")), "C.UTF-8") == 0);
	CHECK(setlocale(LC_ALL, STR("nowhere")) == NULL);
	CHECK(strcmp(setlocale(LC_CTYPE, NULL), "C.UTF-8") == 0);
	CHECK(strcmp(setlocale(LC_MESSAGES, NULL), "C.UTF-8") == 0);
	CHECK(setlocale(NUM(99), "C") == NULL);
	CHECK(setlocale(NUM(-1), NULL) == NULL);

	/* Mixed categories: the LC_ALL name restores them all. */
	CHECK(setlocale(LC_ALL, "C"));
	CHECK(setlocale(LC_TIME, "C.utf8"));
	char saved[512];
	strcpy(saved, setlocale(LC_ALL, NULL));
	CHECK(strcmp(saved, "C") != 0 && strstr(saved, "C.utf8"));
	CHECK(setlocale(LC_ALL, "POSIX"));
	CHECK(strcmp(setlocale(LC_TIME, NULL), "C") == 0);
	CHECK(setlocale(LC_ALL, saved) != NULL);
	CHECK(strcmp(setlocale(LC_TIME, NULL), "C.utf8") == 0);
	CHECK(strcmp(setlocale(LC_CTYPE, NULL), "C") == 0);
	CHECK(strcmp(setlocale(LC_ALL, NULL), saved) == 0);

	/* "": LC_ALL, then LC_<category>, then LANG, then "C". */
	CHECK(strcmp(setlocale(LC_ALL, ""), "C") == 0);
	setenv("LANG", "C.UTF-8", 1);
	CHECK(strcmp(setlocale(LC_ALL, ""), "C.UTF-8") == 0);
	setenv("LC_NUMERIC", "POSIX", 1);
	CHECK(setlocale(LC_ALL, ""));
	CHECK(strcmp(setlocale(LC_NUMERIC, NULL), "C") == 0);
	CHECK(strcmp(setlocale(LC_CTYPE, NULL), "C.UTF-8") == 0);
	setenv("LC_ALL", "", 1);
	CHECK(setlocale(LC_ALL, ""));
	CHECK(strcmp(setlocale(LC_NUMERIC, NULL), "C") == 0);
	setenv("LC_ALL", "C.utf8", 1);
	CHECK(strcmp(setlocale(LC_ALL, ""), "C.utf8") == 0);
	setenv("LC_ALL", "en_US.UTF-8", 1);
	CHECK(setlocale(LC_ALL, "") == NULL);
	CHECK(setlocale(LC_CTYPE, "") == NULL);
	CHECK(strcmp(setlocale(LC_ALL, NULL), "C.utf8") == 0);
	unsetenv("LC_ALL");
	CHECK(strcmp(setlocale(LC_MONETARY, ""), "C.UTF-8") == 0);
	unsetenv("LANG");
	unsetenv("LC_NUMERIC");

	/* localeconv: the C locale's values, in every locale. */
	for (int i = 0; i < 2; i++) {
		CHECK(setlocale(LC_ALL, i ? "C.UTF-8" : "C"));
		struct lconv *lc = localeconv();
		CHECK(strcmp(lc->decimal_point, ".") == 0);
		CHECK(!*lc->thousands_sep && !*lc->grouping && !*lc->int_curr_symbol);
		CHECK(!*lc->currency_symbol && !*lc->mon_decimal_point);
		CHECK(!*lc->mon_thousands_sep && !*lc->mon_grouping);
		CHECK(!*lc->positive_sign && !*lc->negative_sign);
		const char *c = &lc->int_frac_digits;
		for (int k = 0; k < 14; k++)
			CHECK_EQ(c[k], CHAR_MAX);
	}
	CHECK(setlocale(LC_ALL, "C"));

	/* newlocale and its companions. */
	errno = 0;
	CHECK(newlocale(LC_ALL_MASK, STR("xx"), NULL) == NULL && ERRNO == ENOENT);
	errno = 0;
	CHECK(newlocale(NUM(1 << 20), "C", NULL) == NULL && ERRNO == EINVAL);
	errno = 0;
	CHECK(newlocale(LC_ALL_MASK, (const char *)KEEP(NULL), NULL) == NULL && ERRNO == EINVAL);
	locale_t a = newlocale(LC_CTYPE_MASK, "C.UTF-8", NULL);
	CHECK(a != NULL);
	locale_t b = duplocale(a);
	CHECK(b != NULL && b != a);
	/* A failed newlocale leaves base alone. */
	errno = 0;
	CHECK(newlocale(LC_TIME_MASK, STR("zz"), b) == NULL && ERRNO == ENOENT);
	b = newlocale(LC_TIME_MASK | LC_NUMERIC_MASK, "POSIX", b);
	CHECK(b != NULL);
	locale_t g = duplocale(LC_GLOBAL_LOCALE);
	CHECK(g != NULL);

	CHECK(uselocale(NULL) == LC_GLOBAL_LOCALE);
	CHECK(uselocale(a) == LC_GLOBAL_LOCALE);
	CHECK(uselocale(NULL) == a);
	/* setlocale still speaks of the global locale. */
	CHECK(strcmp(setlocale(LC_CTYPE, NULL), "C") == 0);
	CHECK(uselocale(b) == a);
	CHECK(uselocale(LC_GLOBAL_LOCALE) == b);
	CHECK(uselocale(NULL) == LC_GLOBAL_LOCALE);
	freelocale(a);
	freelocale(b);
	freelocale(g);
	return test_done();
}
