// portable
/* fnmatch against a table of patterns, strings and flags; the results
   are compared with glibc's. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include "test.h"

#define P FNM_PATHNAME
#define D FNM_PERIOD
#define X FNM_NOESCAPE
#define C FNM_CASEFOLD
#define L FNM_LEADING_DIR

static const struct {
	const char *pat, *str;
	int flags;
} cases[] = {
	{ "abc", "abc", 0 }, { "abc", "abd", 0 }, { "abc", "ab", 0 }, { "ab", "abc", 0 },
	{ "", "", 0 }, { "", "a", 0 }, { "a", "", 0 },
	{ "?", "a", 0 }, { "?", "", 0 }, { "??", "a", 0 }, { "a?c", "abc", 0 },
	{ "*", "", 0 }, { "*", "abc", 0 }, { "a*", "a", 0 }, { "a*", "abc", 0 },
	{ "*c", "abc", 0 }, { "*c", "abd", 0 }, { "a*c", "ac", 0 }, { "a*c", "abbc", 0 },
	{ "a*b*c", "aXbYbZc", 0 }, { "a*b*c", "aXbYbZ", 0 }, { "**a", "ba", 0 },
	{ "*a*b*c*", "xaxbxcx", 0 }, { "*ab", "aab", 0 }, { "*aab", "aaab", 0 },
	{ "a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0 },
	/* Brackets */
	{ "[abc]", "b", 0 }, { "[abc]", "d", 0 }, { "[a-c]", "b", 0 }, { "[a-c]", "B", 0 },
	{ "[!a-c]", "d", 0 }, { "[!a-c]", "b", 0 }, { "[^a-c]", "d", 0 }, { "[^a-c]", "a", 0 },
	{ "[]]", "]", 0 }, { "[]a]", "a", 0 }, { "[!]]", "]", 0 }, { "[!]]", "a", 0 },
	{ "[a-]", "-", 0 }, { "[-a]", "-", 0 }, { "[a", "[a", 0 }, { "[a", "a", 0 },
	{ "[", "[", 0 }, { "a[", "a[", 0 }, { "[]", "]", 0 }, { "[!]", "!", 0 },
	{ "[[:alpha:]]", "a", 0 }, { "[[:alpha:]]", "1", 0 }, { "[[:digit:]x]", "x", 0 },
	{ "[[:digit:][:upper:]]", "Q", 0 }, { "[![:space:]]", " ", 0 }, { "[[:punct:]]", "!", 0 },
	{ "[[:xdigit:]]*", "fz", 0 }, { "[[:alnum:]]", "_", 0 }, { "[[:blank:]]", "\t", 0 },
	{ "[[:lower:]]", "a", 0 }, { "[[:upper:]]", "a", 0 }, { "[[:upper:]]", "a", C }, { "[[:upper:]]", "A", C }, { "[[:lower:]]", "A", C },
	{ "[[.a.]]", "a", 0 }, { "[[=a=]]", "a", 0 }, { "[[.a.]-c]", "b", 0 },
	{ "[\\]]", "]", 0 }, { "[\\]]", "\\", 0 }, { "[\\]]", "\\]", X }, { "[\\!]", "!", 0 },
	{ "[a\\-z]", "-", 0 }, { "[a\\-z]", "b", 0 }, { "[*]", "*", 0 }, { "[?]", "a", 0 },
	{ "a[/]b", "a/b", 0 }, { "a[/]b", "a/b", P }, { "a[!x]b", "a/b", P },
	{ "[z-a]", "m", 0 }, { "[a-a]", "a", 0 },
	/* Escapes */
	{ "\\*", "*", 0 }, { "\\*", "a", 0 }, { "\\*", "\\*", X }, { "\\a", "a", 0 },
	{ "\\?", "?", 0 }, { "\\?", "x", 0 }, { "a\\", "a\\", X },
	{ "\\[a]", "[a]", 0 }, { "\\\\", "\\", 0 }, { "*\\*", "ab*", 0 },
	/* FNM_PATHNAME */
	{ "*", "a/b", 0 }, { "*", "a/b", P }, { "a/*", "a/b", P }, { "*/*", "a/b", P },
	{ "*/b", "a/b", P }, { "a?b", "a/b", P }, { "a?b", "a/b", 0 }, { "*b", "a/b", P },
	{ "a/*/c", "a/b/c", P }, { "a/*/c", "a/b/x/c", P }, { "a/*/c", "a/b/x/c", 0 },
	{ "a*/c", "ab/c", P }, { "*/c", "a/b/c", P }, { "a/b", "a/b", P }, { "a//b", "a/b", P },
	{ "a*", "a/", P }, { "*/", "a/", P },
	/* FNM_PERIOD */
	{ "*", ".a", D }, { "*", ".a", 0 }, { "?a", ".a", D }, { "[.]a", ".a", D },
	{ ".*", ".a", D }, { "*.c", ".c", D }, { "a*", "a.b", D }, { "*", "a/.b", D },
	{ "*/*", "a/.b", D | P }, { "*/.*", "a/.b", D | P }, { "a/?b", "a/.b", D | P },
	{ "a/?b", "a/.b", D }, { "*", "a/.b", D | P }, { "a/[.]b", "a/.b", D | P },
	{ "\\.a", ".a", D },
	/* FNM_CASEFOLD */
	{ "ABC", "abc", C }, { "abc", "ABC", C }, { "a*C", "AbC", C }, { "[a-c]", "B", C },
	{ "[A-C]", "b", C }, { "[!a]", "A", C }, { "ABC", "abc", 0 },
	/* FNM_LEADING_DIR */
	{ "a", "a/b", L }, { "a", "a/b", 0 }, { "a*", "abc/d", L | P }, { "a/b", "a/b/c/d", L },
	{ "a", "ab/c", L }, { "*", "a/b", L | P }, { "a?", "a/b", L | P }, { "a/", "a/b", L },
	{ "a*b", "axb/c", L }, { "a", "a", L },
};

int main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int r = fnmatch(STR(cases[i].pat), STR(cases[i].str), cases[i].flags);

		printf("%3zu %-20s %-16s %2d: %d\n", i, cases[i].pat, cases[i].str, cases[i].flags, r);
		CHECK(r == 0 || r == FNM_NOMATCH);
	}
	return test_done();
}
