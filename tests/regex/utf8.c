// portable
/* Our locale is always UTF-8 (there is no other); glibc starts in the C
   locale and is put in C.UTF-8 here so that both sides agree that '.'
   and a bracket expression match one character, not one byte. */
#include <locale.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

#define E REG_EXTENDED
#define I REG_ICASE

static const struct {
	const char *pat;
	int cflags;
	const char *subj;
} cases[] = {
	{ ".", 0, "\xc3\xa9" },
	{ "a.b", 0, "a\xc3\xa9" "b" },
	{ "...", 0, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9ex" },
	{ "\xc3\xa9", 0, "caf\xc3\xa9" },
	{ "[\xc3\xa9]", 0, "x\xc3\xa9" },
	{ "[^a]", 0, "\xc3\xa9" "a" },
	{ "[[:alpha:]]+", E, "\xc3\xb1" "and\xc3\xba" "1" },
	{ "[[:upper:]]", E, "a\xc3\x89" },
	{ "\xc3\xa9{2}", E, "\xc3\xa9\xc3\xa9\xc3\xa9" },
	{ "(.)\\1", E, "x\xc3\xa9\xc3\xa9" },
	{ "\xc3\xa9+", E | I, "\xc3\x89\xc3\xa9\xc3\x89" },
	{ "[\xc3\xa9]+", E | I, "\xc3\x89\xc3\xa9" },
	{ "(\xe2\x82\xac|\xc2\xa3)([0-9]+)", E, "pay \xc2\xa3" "12" },
	{ "x.*y", E, "x\xf0\x9f\x98\x80y" },
	{ "^.$", E, "\xf0\x9f\x98\x80" },
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
		regex_t re;
		regmatch_t m[3];
		int r = regcomp(&re, STR(cases[i].pat), cases[i].cflags);

		CHECK_EQ(r, 0);
		if (r)
			continue;
		r = regexec(&re, STR(cases[i].subj), 3, m, 0);
		CHECK_EQ(r, 0);
		printf("%2zu %d", i, r);
		for (size_t k = 0; !r && k <= re.re_nsub; k++)
			printf(" %ld,%ld", (long)m[k].rm_so, (long)m[k].rm_eo);
		printf("\n");
		regfree(&re);
	}
	return test_done();
}
