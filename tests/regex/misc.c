// portable
/* Patterns that take exponential time in a naive backtracker must finish
   at once; REG_NOSUB, nmatch 0, a reused and refreed regex_t; long
   subjects. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static int run(const char *pat, int cflags, const char *s, regmatch_t *m, size_t nm)
{
	regex_t re;
	int r = regcomp(&re, STR(pat), cflags);

	CHECK_EQ(r, 0);
	if (r)
		return -1;
	r = regexec(&re, STR(s), nm, m, 0);
	regfree(&re);
	return r;
}

static void blowup(void)
{
	static const char *const pats[] = {
		"(a*)*b", "(a|a)*b", "(a|aa)*b", "((a*)*)*b", "(a+a+)+b",
		"(a*)*(a*)*(a*)*c", "(.*a){10}b", "(a?){30}a{30}b",
	};
	char s[64];
	regmatch_t m[4];

	memset(s, 'a', 30);
	s[30] = 0;
	for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
		CHECK_EQ(run(pats[i], REG_EXTENDED, s, m, 4), REG_NOMATCH);
		printf("%s on 30 a's: no match\n", pats[i]);
	}
	/* The same with a match at the very end, and its submatches. */
	strcpy(s + 30, "b");
	CHECK_EQ(run("(a*)*b", REG_EXTENDED, s, m, 2), 0);
	printf("(a*)*b: %ld,%ld %ld,%ld\n", (long)m[0].rm_so, (long)m[0].rm_eo,
	       (long)m[1].rm_so, (long)m[1].rm_eo);
	CHECK_EQ(run("(a|aa)*b", REG_EXTENDED, s, m, 2), 0);
	printf("(a|aa)*b: %ld,%ld %ld,%ld\n", (long)m[0].rm_so, (long)m[0].rm_eo,
	       (long)m[1].rm_so, (long)m[1].rm_eo);
	CHECK_EQ(run("\\(a*\\)*b", 0, s, m, 2), 0);
	CHECK_EQ(m[0].rm_eo, 31);
}

static void long_subject(void)
{
	size_t n = 20000;
	char *s = malloc(n + 1);
	regmatch_t m[3];

	CHECK(s != NULL);
	if (!s)
		return;
	for (size_t i = 0; i < n; i++)
		s[i] = "abc"[i % 3];
	s[n] = 0;
	s[n - 5] = 'x';
	CHECK_EQ(run("(abc)*x(.*)", REG_EXTENDED, s, m, 3), 0);
	printf("long: %ld,%ld %ld,%ld %ld,%ld\n", (long)m[0].rm_so, (long)m[0].rm_eo,
	       (long)m[1].rm_so, (long)m[1].rm_eo, (long)m[2].rm_so, (long)m[2].rm_eo);
	CHECK_EQ(run("[ab]*y", REG_EXTENDED, s, m, 1), REG_NOMATCH);
	free(s);
}

static void nosub(void)
{
	regex_t re;
	regmatch_t m[2] = { { 7, 7 }, { 7, 7 } };

	CHECK_EQ(regcomp(&re, STR("\\(a\\)b"), REG_NOSUB), 0);
	/* Submatches are not reported, so pmatch is left alone. */
	CHECK_EQ(regexec(&re, STR("xab"), 2, m, 0), 0);
	CHECK(m[0].rm_so == 7 && m[1].rm_eo == 7);
	CHECK_EQ(regexec(&re, STR("xa"), 2, m, 0), REG_NOMATCH);
	CHECK_EQ(regexec(&re, STR("ab"), 0, NULL, 0), 0);
	regfree(&re);

	CHECK_EQ(regcomp(&re, STR("(a)(b)?"), REG_EXTENDED), 0);
	CHECK_EQ(re.re_nsub, 2);
	/* nmatch 0: only whether it matches. */
	CHECK_EQ(regexec(&re, STR("xa"), 0, NULL, 0), 0);
	/* nmatch 1: only the whole match. */
	m[1].rm_so = 7;
	CHECK_EQ(regexec(&re, STR("xa"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 1 && m[0].rm_eo == 2 && m[1].rm_so == 7);
	CHECK_EQ(regexec(&re, STR("xab"), 2, m, 0), 0);
	CHECK(m[1].rm_so == 1 && m[1].rm_eo == 2);
	regfree(&re);

	/* A regex_t can be compiled again after regfree. */
	CHECK_EQ(regcomp(&re, STR("[[:digit:]]+"), REG_EXTENDED), 0);
	CHECK_EQ(re.re_nsub, 0);
	CHECK_EQ(regexec(&re, STR("ab12c"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 2 && m[0].rm_eo == 4);
	regfree(&re);
}

int main(void)
{
	blowup();
	long_subject();
	nosub();
	return test_done();
}
