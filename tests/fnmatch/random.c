// portable
/* 20,000 random patterns, strings and flag sets, built from the pieces
   where implementations tend to differ (brackets, escapes, slashes,
   leading periods, classes under FNM_CASEFOLD). The results are folded
   into a hash per flag set, which must equal glibc's. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static unsigned long long state = 88172645463325252ull;

static unsigned rnd(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state % n);
}

int main(void)
{
	static const char *const pieces[] = {
		"a", "b", ".", "/", "*", "?", "[ab]", "[!a]", "[^.]", "[a-]", "]",
		"[", "\\", "\\*", "[[:alpha:]]", "[]a]", "[/]", "[.]", "A",
		"[[:upper:]]", "[[:foo:]]", "[b-a]", "-",
	};
	static const char chars[] = "ab./A";
	unsigned long hash[32] = { 0 }, matches = 0;

	for (int i = 0; i < 20000; i++) {
		char p[64] = "", s[16];
		int n = rnd(6), len, flags, r;

		for (int k = 0; k < n; k++) {
			const char *x = pieces[rnd(sizeof pieces / sizeof pieces[0])];
			if (strlen(p) + strlen(x) < sizeof p)
				strcat(p, x);
		}
		len = rnd(7);
		for (int k = 0; k < len; k++)
			s[k] = chars[rnd(5)];
		s[len] = 0;
		flags = rnd(32);
		r = fnmatch(STR(p), STR(s), flags);
		CHECK(r == 0 || r == FNM_NOMATCH);
		matches += !r;
		hash[flags] = hash[flags] * 31 + (unsigned)i * 2 + !r;
	}
	printf("%lu matches\n", matches);
	for (int f = 0; f < 32; f++)
		printf("flags %2d: %08lx\n", f, hash[f] & 0xffffffff);
	return test_done();
}
