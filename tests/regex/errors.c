// portable
/* regcomp's error codes for malformed patterns (the codes glibc gives),
   the patterns that look malformed but are valid, and regerror's size
   and truncation contract. */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

#define B 0
#define E REG_EXTENDED

static const struct {
	const char *pat;
	int cflags;
	int code;
} cases[] = {
	{ "a\\", B, REG_EESCAPE },
	{ "a\\", E, REG_EESCAPE },
	{ "[a", B, REG_EBRACK },
	{ "[a", E, REG_EBRACK },
	{ "[]", B, REG_EBRACK },
	{ "[^]", E, REG_EBRACK },
	{ "[[:alpha:]", B, REG_EBRACK },
	{ "[[:alpha:", B, REG_EBRACK },
	{ "[[.a", B, REG_EBRACK },
	{ "(a", E, REG_EPAREN },
	{ "((a)", E, REG_EPAREN },
	{ "\\(a", B, REG_EPAREN },
	{ "a\\)", B, REG_EPAREN },
	{ "\\)", B, REG_EPAREN },
	{ "*a", E, REG_BADRPT },
	{ "+a", E, REG_BADRPT },
	{ "?a", E, REG_BADRPT },
	{ "{1}", E, REG_BADRPT },
	{ "a|*b", E, REG_BADRPT },
	{ "(*a)", E, REG_BADRPT },
	{ "^*a", E, REG_BADRPT },
	{ "^*", E, REG_BADRPT },
	{ "$*", E, REG_BADRPT },
	{ "a**", B, REG_BADRPT },
	{ "\\{1\\}", B, REG_BADRPT },
	{ "a\\{1,2\\}\\{3\\}", B, REG_BADRPT },
	{ "a*\\{2\\}", B, REG_BADRPT },
	{ "a{1", E, REG_EBRACE },
	{ "a{1,2", E, REG_EBRACE },
	{ "a{", E, REG_EBRACE },
	{ "a\\{1", B, REG_EBRACE },
	{ "a\\{1,", B, REG_EBRACE },
	{ "a{2,1}", E, REG_BADBR },
	{ "a{x}", E, REG_BADBR },
	{ "a{}", E, REG_BADBR },
	{ "a{1,2,3}", E, REG_BADBR },
	{ "a{1x}", E, REG_BADBR },
	{ "a\\{2,1\\}", B, REG_BADBR },
	{ "a\\{x\\}", B, REG_BADBR },
	{ "[b-a]", B, REG_ERANGE },
	{ "[z-a]", E, REG_ERANGE },
	{ "[a-b-c]", B, REG_ERANGE },
	{ "[a--]", B, REG_ERANGE },
	{ "[[:alpha:]-z]", B, REG_ERANGE },
	{ "[z-[:alpha:]]", B, REG_ERANGE },
	{ "[[:foo:]]", B, REG_ECTYPE },
	{ "[[:ALPHA:]]", E, REG_ECTYPE },
	{ "[[.ab.]]", B, REG_ECOLLATE },
	{ "[[.space.]]", B, REG_ECOLLATE },
	{ "[[=ab=]]", B, REG_ECOLLATE },
	{ "\\1", B, REG_ESUBREG },
	{ "\\(a\\)\\2", B, REG_ESUBREG },
	{ "(a)\\2", E, REG_ESUBREG },
	{ "\\(a\\1\\)", B, REG_ESUBREG },
	/* Valid, though they may look otherwise. */
	{ "", B, 0 },
	{ "", E, 0 },
	{ "*a", B, 0 },
	{ "\\(*a\\)", B, 0 },
	{ "^*a", B, 0 },
	{ "a)", E, 0 },
	{ ")", E, 0 },
	{ "a**", E, 0 },
	{ "a+?", E, 0 },
	{ "a{1}{2}", E, 0 },
	{ "a{,2}", E, 0 },
	{ "a\\{,2\\}", B, 0 },
	{ "x{0}", E, 0 },
	{ "a{255}", E, 0 },
	{ "()", E, 0 },
	{ "()*", E, 0 },
	{ "a||b", E, 0 },
	{ "|a", E, 0 },
	{ "a|", E, 0 },
	{ "\\(\\)", B, 0 },
	{ "[]a]", B, 0 },
	{ "[^]a]", E, 0 },
	{ "[a-]", B, 0 },
	{ "[--a]", B, 0 },
	{ "[%--]", B, 0 },
	{ "[[.-.]-a]", B, 0 },
	{ "[a-[.z.]]", B, 0 },
	{ "[[=a=]]", B, 0 },
	{ "[[:alpha:][:digit:]]", E, 0 },
	{ "\\x", B, 0 },
	{ "a$*", B, 0 },
	{ "(a)\\1", E, 0 },
	{ "{", B, 0 },
	{ "a\\{1\\}b", B, 0 },
};

static void error_strings(void)
{
	char buf[200], small[4];
	regex_t re;

	for (int code = 0; code <= REG_BADRPT; code++) {
		size_t need = regerror(code, NULL, NULL, 0);
		size_t got = regerror(code, NULL, buf, sizeof buf);

		/* The size of the whole message, terminator included. */
		CHECK(need > 1);
		CHECK_EQ(got, need);
		CHECK_EQ(strlen(buf) + 1, need);
		/* Cut to fit, always terminated. */
		memset(small, 'x', sizeof small);
		CHECK_EQ(regerror(code, NULL, small, sizeof small), need);
		CHECK(small[sizeof small - 1] == 0);
		CHECK(!strncmp(small, buf, sizeof small - 1));
		memset(small, 'x', sizeof small);
		CHECK_EQ(regerror(code, NULL, small, 1), need);
		CHECK(small[0] == 0 && small[1] == 'x');
	}
	/* Distinct messages for distinct errors. */
	CHECK(regerror(REG_EBRACK, NULL, buf, sizeof buf) > 1);
	CHECK(regerror(REG_EPAREN, NULL, small, 0) > 1);
	{
		char a[200];
		regerror(REG_EBRACK, NULL, a, sizeof a);
		regerror(REG_EPAREN, NULL, buf, sizeof buf);
		CHECK(strcmp(a, buf) != 0);
	}
	/* With the regex_t that failed to compile. */
	CHECK_EQ(regcomp(&re, STR("a\\{1"), 0), REG_EBRACE);
	CHECK(regerror(REG_EBRACE, &re, buf, sizeof buf) == strlen(buf) + 1);
}

int main(void)
{
	int n = sizeof cases / sizeof cases[0];

	for (int i = 0; i < n; i++) {
		regex_t re;
		int r = regcomp(&re, STR(cases[i].pat), cases[i].cflags);

		printf("%-16s %s %d\n", cases[i].pat, cases[i].cflags ? "ERE" : "BRE", r);
		CHECK_EQ(r, cases[i].code);
		if (!r)
			regfree(&re);
	}
	error_strings();
	return test_done();
}
