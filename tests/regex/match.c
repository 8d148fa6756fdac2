// portable
/* regexec against a table of patterns, flags and subjects: the return
   code and every submatch offset, which POSIX fixes for the whole match
   (leftmost-longest) and glibc settles for the subexpressions. */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

#define B 0
#define E REG_EXTENDED
#define I REG_ICASE
#define N REG_NEWLINE
#define NB REG_NOTBOL
#define NE REG_NOTEOL

static const struct {
	const char *pat;
	int cflags;
	const char *subj;
	int eflags;
} cases[] = {
	/* Literals and '.' */
	{ "abc", B, "xabcy", 0 },
	{ "abc", E, "ab", 0 },
	{ "a.c", B, "abc a\nc", 0 },
	{ "a.c", N, "a\nc abc", 0 },
	{ "", B, "abc", 0 },
	{ "", E, "", 0 },
	{ "a\\.c", B, "abc a.c", 0 },
	{ "a\\.c", E, "abc a.c", 0 },
	{ "\\x", E, "axb", 0 },
	{ "a)", E, "(a)", 0 },
	{ ")", E, "x)", 0 },
	{ "a{", B, "a{", 0 },
	{ "a}", E, "a}", 0 },
	{ "a|b", B, "a|b", 0 },
	{ "a+b", B, "aab a+b", 0 },
	{ "a?b", B, "ab a?b", 0 },
	/* Anchors */
	{ "^abc", B, "abc", 0 },
	{ "^abc", B, "xabc", 0 },
	{ "abc$", B, "xabc", 0 },
	{ "abc$", B, "abcx", 0 },
	{ "^$", B, "", 0 },
	{ "^$", B, "x", 0 },
	{ "a^b", B, "a^b", 0 },
	{ "a$b", B, "a$b", 0 },
	{ "a^b", E, "a^b", 0 },
	{ "^*a", B, "*a", 0 },
	{ "\\(^a\\)", B, "ab", 0 },
	{ "x\\(^a\\)", B, "xa", 0 },
	{ "\\(a$\\)", B, "ba", 0 },
	{ "(^a|b)", E, "ba", 0 },
	{ "^a", B, "a", NB },
	{ "a$", B, "a", NE },
	{ "^", B, "abc", NB },
	{ "$", B, "abc", NE },
	{ "^b", N, "a\nb", 0 },
	{ "^b", B, "a\nb", 0 },
	{ "a$", N, "a\nb", 0 },
	{ "a$", B, "a\nb", 0 },
	{ "^b", N, "a\nb", NB },
	{ "a$", N, "a\nb", NE },
	{ "^a$", E | N, "x\na\ny", 0 },
	/* Star and friends */
	{ "a*", B, "aaa", 0 },
	{ "a*", B, "baaa", 0 },
	{ "ba*", B, "xbaaa", 0 },
	{ "*a", B, "x*a", 0 },
	{ "\\(*a\\)", B, "*a", 0 },
	{ "a**", E, "aaa", 0 },
	{ "a+", E, "baaa", 0 },
	{ "a+", E, "bbb", 0 },
	{ "ab?c", E, "ac abc", 0 },
	{ "ab?c", E, "abbc", 0 },
	{ "a\\+", B, "baa", 0 },
	{ "a\\?b", B, "xb", 0 },
	{ "a+?", E, "aaa", 0 },
	{ "(a*)*", E, "b", 0 },
	{ "(a*)*", E, "aa", 0 },
	{ "(a*)+", E, "b", 0 },
	{ "(a*)+", E, "aab", 0 },
	{ "(a+)*", E, "aab", 0 },
	{ "(a|b)*", E, "abab", 0 },
	{ "(a|b)*c", E, "ababc", 0 },
	{ "(ab)*", E, "ababa", 0 },
	{ "(a*)(b*)", E, "aabbc", 0 },
	{ "(a*)(a*)", E, "aaa", 0 },
	{ "(a*)*(b)", E, "aab", 0 },
	{ "x*", E, "", 0 },
	{ "()", E, "abc", 0 },
	{ "()*", E, "abc", 0 },
	/* Intervals */
	{ "a\\{2\\}", B, "aaa", 0 },
	{ "a\\{2,\\}", B, "aaaa", 0 },
	{ "a\\{1,2\\}", B, "aaaa", 0 },
	{ "a\\{,2\\}", B, "aaaa", 0 },
	{ "a{2}", E, "aaa", 0 },
	{ "a{2}", E, "a", 0 },
	{ "a{2,}", E, "aaaaa", 0 },
	{ "a{2,3}", E, "aaaaa", 0 },
	{ "a{,2}", E, "aaa", 0 },
	{ "a{0}b", E, "aab", 0 },
	{ "(a){0}b", E, "ab", 0 },
	{ "(ab){2}", E, "abababab", 0 },
	{ "(a|b){3}", E, "abba", 0 },
	{ "(a{2}){2}", E, "aaaaa", 0 },
	{ "a{1}{2}", E, "aaa", 0 },
	{ "(a|b)*{2}", E, "ab", 0 },
	{ "x{0,3}y", E, "xxxxy", 0 },
	{ "\\(a\\)\\{2\\}", B, "aaa", 0 },
	/* Once an iteration is made, an optional one may not be empty. */
	{ "(a*){1,2}", E, "aab", 0 },
	{ "(a*){0,2}", E, "b", 0 },
	{ "(((a*)*a?){1,2}.?)+", E, "ac", 0 },
	{ "(a|b*){1,2}c", E, "abc", 0 },
	{ "(x?y?){1,2}z", E, "xz", 0 },
	/* Alternation */
	{ "a|b", E, "cba", 0 },
	{ "ab|cd", E, "xcdab", 0 },
	{ "a|ab", E, "ab", 0 },
	{ "ab|a", E, "ab", 0 },
	{ "(a|ab)(c|bcd)", E, "abcd", 0 },
	{ "(a|ab)(bcd|c)", E, "abcd", 0 },
	{ "a||b", E, "b", 0 },
	{ "|a", E, "a", 0 },
	{ "a|", E, "b", 0 },
	{ "(|a)", E, "a", 0 },
	{ "(a|)b", E, "b", 0 },
	{ "x(a|b|c)y", E, "xcy", 0 },
	{ "\\(a\\|b\\)c", B, "bc", 0 },
	{ "a\\|b", B, "b", 0 },
	{ "(foo|foobar)", E, "foobar", 0 },
	{ "(foobar|foo)", E, "foobar", 0 },
	{ "(wee|week)(knights|night)", E, "weeknights", 0 },
	{ "(a|b)(c|d)(e|f)", E, "bdf", 0 },
	/* Groups and submatches */
	{ "\\(a\\)\\(b\\)", B, "ab", 0 },
	{ "\\(a\\(b\\)\\)", B, "xab", 0 },
	{ "(a)(b)?", E, "a", 0 },
	{ "(a)|(b)", E, "b", 0 },
	{ "((a)|(b))+", E, "ab", 0 },
	{ "(a(b)?)+", E, "aba", 0 },
	{ "((a)b)*", E, "abab", 0 },
	{ "(.*)(.*)", E, "abc", 0 },
	{ "(.*)c", E, "abcc", 0 },
	{ "(.*)(c)", E, "abcc", 0 },
	{ "(a*)b(c*)", E, "xaabccx", 0 },
	{ "([a-c]*)\\1", E, "abcabc", 0 },
	{ "(((((((((a)))))))))", E, "a", 0 },
	{ "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", E, "abcdefghij", 0 },
	/* Back-references */
	{ "\\(a*\\)\\1", B, "aaaa", 0 },
	{ "\\(a*\\)b\\1", B, "aabaa", 0 },
	{ "\\(a*\\)b\\1$", B, "aaba", 0 },
	{ "\\(.\\)\\1", B, "abccd", 0 },
	{ "\\(..\\)*\\1", B, "ababab", 0 },
	{ "\\(a\\)\\(b\\)\\2\\1", B, "xabba", 0 },
	{ "(a)\\1", E, "aa", 0 },
	{ "(a|b)\\1", E, "abba", 0 },
	{ "\\([ab]*\\)x\\1", B, "abxab", 0 },
	{ "\\(a\\)*\\1", B, "aa", 0 },
	{ "\\(ab\\)\\1", I | B, "abAB", 0 },
	/* Brackets */
	{ "[abc]", B, "xxc", 0 },
	{ "[^abc]", B, "abcd", 0 },
	{ "[a-c]*", B, "abcd", 0 },
	{ "[]a]*", B, "]a]b", 0 },
	{ "[^]a]", B, "]ab", 0 },
	{ "[a-]*", B, "a-b", 0 },
	{ "[-a]*", B, "-ab", 0 },
	{ "[--a]*", B, ".-ab", 0 },
	{ "[%--]*", B, "%+-a", 0 },
	{ "[[.-.]]", B, "a-", 0 },
	{ "[[.-.]-a]*", B, "-.ab", 0 },
	{ "[a-[.c.]]*", B, "abcd", 0 },
	{ "[[=a=]]", B, "ba", 0 },
	{ "[[.a.]b]*", B, "abab", 0 },
	{ "[\\]*", B, "\\\\a", 0 },
	{ "[.]", B, "a.", 0 },
	{ "[*]", B, "a*", 0 },
	{ "[[:alpha:]]*", B, "ab1", 0 },
	{ "[[:digit:]]\\{2\\}", B, "a123", 0 },
	{ "[[:alnum:]_]*", E, "a_1-", 0 },
	{ "[[:space:]]", E, "a b", 0 },
	{ "[[:upper:]]*", E, "ABc", 0 },
	{ "[[:lower:]]*", E, "abC", 0 },
	{ "[[:punct:]]", E, "ab,", 0 },
	{ "[[:xdigit:]]*", E, "0fAg", 0 },
	{ "[[:blank:]]", E, "a\tb", 0 },
	{ "[[:cntrl:]]", E, "a\x01", 0 },
	{ "[[:print:]]*", E, "ab \x01", 0 },
	{ "[[:graph:]]*", E, "ab c", 0 },
	{ "[^[:alpha:]]", E, "ab1", 0 },
	{ "[^a]", N, "\nb", 0 },
	{ "[^a]", B, "\nb", 0 },
	{ "[a\n]", N, "\n", 0 },
	/* Case */
	{ "abc", I, "xABC", 0 },
	{ "[a-c]*", I, "ABCd", 0 },
	{ "[A-C]*", I, "abcd", 0 },
	{ "[^a]", I, "Ab", 0 },
	{ "[[:upper:]]*", I, "aBc", 0 },
	{ "a*", E | I, "AaA", 0 },
	/* Longest wins, leftmost first */
	{ "a*b|a*", E, "aaac", 0 },
	{ "b|ab*", E, "abbb", 0 },
	{ "(a|b)*(b|c)", E, "abbc", 0 },
	{ "x*(a|ab)c", E, "xabc", 0 },
	{ "(a+|b+)*", E, "aabba", 0 },
	{ "(aa|a)*", E, "aaa", 0 },
	{ "(a|aa)*", E, "aaa", 0 },
	{ "(a.*)*b", E, "ababc", 0 },
	{ "a.*b", B, "aabxbxa", 0 },
	{ ".*", N, "ab\ncd", 0 },
	/* GNU escapes */
	{ "\\<b", E, "ab b", 0 },
	{ "a\\>", E, "ab a", 0 },
	{ "\\bx", E, "ax x", 0 },
	{ "a\\B", E, "a ab", 0 },
	{ "\\w+", E, "-ab_1-", 0 },
	{ "\\W+", E, "ab-+c", 0 },
	{ "\\s+", E, "a \t b", 0 },
	{ "\\S+", E, "  ab ", 0 },
	{ "\\`a", E, "a", NB },
	{ "a\\'", E, "a", NE },
};

int main(void)
{
	int n = sizeof cases / sizeof cases[0];

	CHECK(n >= 150);
	for (int i = 0; i < n; i++) {
		regex_t re;
		regmatch_t m[12];
		int r = regcomp(&re, STR(cases[i].pat), cases[i].cflags);

		printf("%3d %s:", i, cases[i].pat);
		if (r) {
			printf(" regcomp %d\n", r);
			CHECK(0);
			continue;
		}
		memset(m, 0x55, sizeof m);
		r = regexec(&re, STR(cases[i].subj), 12, m, cases[i].eflags);
		printf(" %d", r);
		CHECK(r == 0 || r == REG_NOMATCH);
		for (size_t k = 0; !r && k <= re.re_nsub && k < 12; k++) {
			printf(" %ld,%ld", (long)m[k].rm_so, (long)m[k].rm_eo);
			CHECK(m[k].rm_so <= m[k].rm_eo);
		}
		/* Slots past re_nsub are set to -1. */
		if (!r && re.re_nsub < 11)
			CHECK(m[re.re_nsub + 1].rm_so == -1 && m[re.re_nsub + 1].rm_eo == -1);
		printf("\n");
		regfree(&re);
	}
	return test_done();
}
