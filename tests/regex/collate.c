/* Not portable: glibc's C.UTF-8 refuses ranges, collating elements and
   equivalence classes beyond ASCII (REG_ECOLLATE). Ours collates by code
   point, so each is a single character and ranges run by code point. */
#include <regex.h>
#include <stdio.h>
#include "test.h"

int main(void)
{
	regex_t re;
	regmatch_t m[1];

	CHECK_EQ(regcomp(&re, STR("[\xc3\xa0-\xc3\xbf]+"), REG_EXTENDED), 0);
	CHECK_EQ(regexec(&re, STR("caf\xc3\xa9s"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 3 && m[0].rm_eo == 5);
	regfree(&re);
	CHECK_EQ(regcomp(&re, STR("[[=\xc3\xa9=]][[.\xc3\xa8.]]"), 0), 0);
	CHECK_EQ(regexec(&re, STR("e\xc3\xa9\xc3\xa8"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 1 && m[0].rm_eo == 5);
	regfree(&re);
	CHECK_EQ(regcomp(&re, STR("[\xc3\xbf-\xc3\xa0]"), REG_EXTENDED), REG_ERANGE);
	/* A byte that is not UTF-8 is a character of its own. */
	CHECK_EQ(regcomp(&re, STR("a.b"), 0), 0);
	CHECK_EQ(regexec(&re, STR("xa\xff" "b"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 1 && m[0].rm_eo == 4);
	CHECK_EQ(regexec(&re, STR("a\xc3" "b"), 1, m, 0), 0);
	regfree(&re);
	CHECK_EQ(regcomp(&re, STR("^\xff$"), 0), 0);
	CHECK_EQ(regexec(&re, STR("\xff"), 0, NULL, 0), 0);
	CHECK_EQ(regexec(&re, STR("\xc3\xbf"), 0, NULL, 0), REG_NOMATCH);
	regfree(&re);
	/* Messages are our own. */
	{
		char buf[64];
		regerror(REG_BADRPT, NULL, buf, sizeof buf);
		printf("%s\n", buf);
		regerror(REG_ENOSYS, NULL, buf, sizeof buf);
		printf("%s\n", buf);
		regerror(99, NULL, buf, sizeof buf);
		printf("%s\n", buf);
	}
	/* Back-references have no bound but a step budget: past it, regexec
	   reports REG_ESPACE instead of running for ever. */
	CHECK_EQ(regcomp(&re, STR("\\(a*\\)*\\(a*\\)*\\(a*\\)*\\1b"), 0), 0);
	CHECK_EQ(regexec(&re, STR("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), 0, NULL, 0),
		 REG_ESPACE);
	regfree(&re);
	return test_done();
}
