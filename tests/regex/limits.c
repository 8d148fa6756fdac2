/* Not portable (glibc runs out of memory on some of these): patterns as
   long, as deep and as stacked as a program may build, without running
   out of stack; and the bounds past which regcomp says REG_ESPACE. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static char buf[200001];

int main(void)
{
	regex_t re;
	regmatch_t m[2];
	int i;

	/* 1000 nested groups compile; 1001 do not. */
	for (i = 0; i < 1000; i++)
		buf[i] = '(', buf[1001 + i] = ')';
	buf[1000] = 'a';
	buf[2001] = 0;
	CHECK_EQ(regcomp(&re, STR(buf), REG_EXTENDED), 0);
	CHECK_EQ(re.re_nsub, 1000);
	CHECK_EQ(regexec(&re, STR("xa"), 2, m, 0), 0);
	CHECK(m[1].rm_so == 1 && m[1].rm_eo == 2);
	regfree(&re);
	memmove(buf + 1, buf, 2002);
	buf[0] = '(';
	strcat(buf, ")");
	CHECK_EQ(regcomp(&re, STR(buf), REG_EXTENDED), REG_ESPACE);

	/* A long concatenation and a long alternation are loops, not
	   recursion. */
	memset(buf, 'a', 200000);
	buf[200000] = 0;
	CHECK_EQ(regcomp(&re, STR(buf), 0), 0);
	CHECK_EQ(regexec(&re, STR("aaa"), 0, NULL, 0), REG_NOMATCH);
	regfree(&re);
	for (i = 0; i < 20000; i++)
		buf[2 * i] = 'a' + i % 26, buf[2 * i + 1] = '|';
	buf[39999] = 0;
	CHECK_EQ(regcomp(&re, STR(buf), REG_EXTENDED), 0);
	CHECK_EQ(regexec(&re, STR("0123z"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 4 && m[0].rm_eo == 5);
	regfree(&re);

	/* Stacked quantifiers on an unbounded repetition collapse. */
	buf[0] = 'a';
	for (i = 1; i < 100000; i++)
		buf[i] = "*+?"[i % 3];
	buf[100000] = 0;
	CHECK_EQ(regcomp(&re, STR(buf), REG_EXTENDED), 0);
	CHECK_EQ(regexec(&re, STR("baa"), 1, m, 0), 0);
	CHECK(m[0].rm_so == 0 && m[0].rm_eo == 0);
	regfree(&re);
	/* Others nest, up to a bound. */
	strcpy(buf, "a");
	for (i = 0; i < 1001; i++)
		strcat(buf, "{1}");
	CHECK_EQ(regcomp(&re, STR(buf), REG_EXTENDED), REG_ESPACE);

	/* A program past a million instructions. */
	CHECK_EQ(regcomp(&re, STR("((((a{255}){255}){255}))"), REG_EXTENDED), REG_ESPACE);
	return test_done();
}
