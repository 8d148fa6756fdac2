// portable
// scratch
/* wordexp without command substitution or arithmetic (glibc runs a
   shell for those): quoting, parameter expansion in all its forms, field
   splitting on IFS, pathname expansion, the flags and the errors. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wordexp.h>
#include "test.h"

static const char *const words[] = {
	"a b  c", " \t lead trail \t", "", "   ",
	"'a b' \"c d\" e\\ f", "a\"\"b", "\"\"", "''", "'' x ''", "a'b'\"c\"d",
	"\\$X", "'$X'", "\"\\$X\\\"\"", "\"a\\b\"", "\"\\\\\"", "'\\'", "x\\\ny",
	"$X", "\"$X\"", "${X}y", "$Xy", "-$X-", "$", "a$", "$ b", "\"$\"",
	"$W", "${W}", "x$W", "a${E}b", "$E", "${1}", "$#",
	"${X-def}", "${W-def}", "${E-def}", "${E:-def}", "${W:-d e}", "\"${W:-d e}\"",
	"${X:+alt}", "${E:+alt}", "${E+alt}", "${W+alt}", "${W:-$X}", "${W:-'a b'}z",
	"${X:-$W}", "${W:-${E:-deep}}",
	"${#X}", "${#E}", "${#W}",
	"${X#*:}", "${X##*:}", "${X%:*}", "${X%%:*}", "${X#zz}", "${X%c}", "${P#/*/}", "${P##*/}",
	"${N=now} $N", "${N:=again}",
	"$S", "\"$S\"", "$C",
	"~", "~/x", "a~", "x ~/y",
	"*.c", "[ab].c", "?.h", "*.zz", "\"*\".c", "\\*.c", "'*'.c", "sub/*", "\"$G\"",
};

static const struct {
	const char *word;
	int flags, code;
} errors[] = {
	{ "a|b", 0, WRDE_BADCHAR }, { "a;b", 0, WRDE_BADCHAR }, { "a&b", 0, WRDE_BADCHAR },
	{ "a<b", 0, WRDE_BADCHAR }, { "a>b", 0, WRDE_BADCHAR }, { "(a)", 0, WRDE_BADCHAR },
	{ "{a}", 0, WRDE_BADCHAR }, { "a}", 0, WRDE_BADCHAR }, { "a\nb", 0, WRDE_BADCHAR },
	{ "'a|b'", 0, 0 }, { "\"a;b\"", 0, 0 }, { "a\\|b", 0, 0 },
	{ "$(ls)", WRDE_NOCMD, WRDE_CMDSUB }, { "`ls`", WRDE_NOCMD, WRDE_CMDSUB },
	{ "\"$(ls)\"", WRDE_NOCMD, WRDE_CMDSUB }, { "\"`ls`\"", WRDE_NOCMD, WRDE_CMDSUB },
	{ "'$(ls)'", WRDE_NOCMD, 0 },
	{ "'abc", 0, WRDE_SYNTAX }, { "\"abc", 0, WRDE_SYNTAX }, { "a\\", 0, WRDE_SYNTAX },
	{ "${X", 0, WRDE_SYNTAX }, { "${}", 0, WRDE_SYNTAX }, { "${X/a/b}", 0, WRDE_SYNTAX },
	{ "${X:x}", 0, WRDE_SYNTAX }, { "${#}", 0, WRDE_SYNTAX }, { "${W:-x", 0, WRDE_SYNTAX },
	{ "$W", WRDE_UNDEF, WRDE_BADVAL }, { "${W}", WRDE_UNDEF, WRDE_BADVAL },
	{ "\"$W\"", WRDE_UNDEF, WRDE_BADVAL }, { "${#W}", WRDE_UNDEF, WRDE_BADVAL },
	{ "$X", WRDE_UNDEF, 0 }, { "$E", WRDE_UNDEF, 0 },
};

static void show(const char *what, int r, wordexp_t *we)
{
	printf("%-18s %d", what, r);
	for (size_t i = 0; !r && i < we->we_wordc; i++)
		printf(" [%s]", we->we_wordv[we->we_offs + i]);
	printf("\n");
	if (!r)
		CHECK(we->we_wordv[we->we_offs + we->we_wordc] == NULL);
}

static void flags(void)
{
	wordexp_t we;
	int r;

	/* WRDE_DOOFFS reserves null slots; WRDE_APPEND adds to the list. */
	we.we_offs = 3;
	r = wordexp(STR("a b"), &we, WRDE_DOOFFS);
	CHECK_EQ(r, 0);
	CHECK_EQ(we.we_wordc, 2);
	CHECK(!we.we_wordv[0] && !we.we_wordv[1] && !we.we_wordv[2]);
	show("DOOFFS", r, &we);
	r = wordexp(STR("c \"d e\""), &we, WRDE_DOOFFS | WRDE_APPEND);
	CHECK_EQ(r, 0);
	CHECK_EQ(we.we_wordc, 4);
	CHECK(!we.we_wordv[0] && !we.we_wordv[2]);
	show("APPEND", r, &we);
	/* An error leaves the list as it was. */
	r = wordexp(STR("x|y"), &we, WRDE_DOOFFS | WRDE_APPEND);
	CHECK_EQ(r, WRDE_BADCHAR);
	CHECK_EQ(we.we_wordc, 4);
	wordfree(&we);
	CHECK(we.we_wordv == NULL);

	/* WRDE_REUSE frees the previous result first. */
	r = wordexp(STR("one two"), &we, 0);
	CHECK_EQ(r, 0);
	r = wordexp(STR("three"), &we, WRDE_REUSE);
	CHECK_EQ(r, 0);
	CHECK_EQ(we.we_wordc, 1);
	show("REUSE", r, &we);
	wordfree(&we);

	/* An empty input is no words at all. */
	r = wordexp(STR(""), &we, 0);
	CHECK_EQ(r, 0);
	CHECK_EQ(we.we_wordc, 0);
	CHECK(we.we_wordv != NULL && we.we_wordv[0] == NULL);
	wordfree(&we);
}

int main(void)
{
	wordexp_t we;
	int fd;

	setenv("X", "a:b:c", 1);
	setenv("E", "", 1);
	setenv("S", "  s1  s2  ", 1);
	setenv("C", " : a :b: ", 1);
	setenv("P", "/usr/lib/libc.a", 1);
	setenv("G", "*.h", 1);
	setenv("HOME", "/home/u", 1);
	unsetenv("W");
	unsetenv("N");
	unsetenv("IFS");
	for (const char *const *f = (const char *const[]){ "a.c", "b.c", "c.h", "sub", NULL }; *f; f++) {
		fd = open(*f, O_WRONLY | O_CREAT, 0644);
		CHECK(fd >= 0);
		close(fd);
	}

	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		int r = wordexp(STR(words[i]), &we, WRDE_NOCMD);
		show(words[i], r, &we);
		CHECK_EQ(r, 0);
		if (!r)
			wordfree(&we);
	}
	CHECK(!strcmp(getenv("N"), "now"));

	/* Field splitting on another IFS. */
	setenv("IFS", ":", 1);
	for (size_t i = 0; i < 6; i++) {
		static const char *const w[] = {
			"$X", "\"$X\"", "a:b c", "${X#*:}", ":$X:", "${W:-d:e f}",
		};
		int r = wordexp(STR(w[i]), &we, WRDE_NOCMD);
		show(w[i], r, &we);
		CHECK_EQ(r, 0);
		if (!r)
			wordfree(&we);
	}
	/* White space and other separators together. */
	setenv("IFS", " :", 1);
	setenv("C", " : a", 1);
	setenv("D", "a : b", 1);
	setenv("F", "a :: b", 1);
	for (size_t i = 0; i < 4; i++) {
		static const char *const w[] = { "$C", "$D", "$F", "x$C" };
		int r = wordexp(STR(w[i]), &we, WRDE_NOCMD);
		show(w[i], r, &we);
		CHECK_EQ(r, 0);
		if (!r)
			wordfree(&we);
	}
	setenv("IFS", "", 1);
	CHECK_EQ(wordexp(STR("$S"), &we, 0), 0);
	show("$S IFS empty", 0, &we);
	CHECK_EQ(we.we_wordc, 1);
	wordfree(&we);
	unsetenv("IFS");

	for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
		int r = wordexp(STR(errors[i].word), &we, errors[i].flags);
		printf("%-18s %d\n", errors[i].word, r);
		CHECK_EQ(r, errors[i].code);
		if (!r)
			wordfree(&we);
	}
	flags();
	return test_done();
}
