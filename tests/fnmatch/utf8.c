// portable
/* Characters, not bytes: our locale is always UTF-8, and glibc is put in
   C.UTF-8 so that both sides agree. */
#include <fnmatch.h>
#include <locale.h>
#include <stdio.h>
#include "test.h"

static const struct {
	const char *pat, *str;
	int flags;
} cases[] = {
	{ "?", "\xc3\xa9", 0 },
	{ "caf?", "caf\xc3\xa9", 0 },
	{ "[\xc3\xa9]", "\xc3\xa9", 0 },
	{ "[!\xc3\xa9]", "\xc3\xa9", 0 },
	{ "[!a]", "\xe6\x97\xa5", 0 },
	{ "*\xe6\x9c\xac*", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 0 },
	{ "\xc3\x89T\xc3\x89", "\xc3\xa9t\xc3\xa9", FNM_CASEFOLD },
	{ "[[:alpha:]]", "\xc3\xb1", 0 },
	{ "?", "\xf0\x9f\x98\x80", 0 },
	{ "\\\xc3\xa9", "\xc3\xa9", 0 },
};

int main(void)
{
#ifdef __GLIBC__
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		printf("no C.UTF-8 locale\n");
		return 1;
	}
#endif
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int r = fnmatch(STR(cases[i].pat), STR(cases[i].str), cases[i].flags);
		printf("%zu: %d\n", i, r);
		CHECK(r == 0 || r == FNM_NOMATCH);
	}
	return test_done();
}
