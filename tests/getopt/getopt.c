// portable
// args: x -ab -c arg y -carg2 -- -a z
/* getopt over the real argv and over argument vectors built here, each
   parsed from optind = 0: what comes back, optarg, optind and optopt, and
   the order argv is left in, printed for the native run to compare.
   Messages go to stderr, which is not compared, so opterr is left on. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static void finish(int argc, char **argv)
{
	printf("  optind %d, argv:", optind);
	for (int i = 1; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
}

static void run(const char *opts, const char *line)
{
	char copy[200], *argv[32];
	int argc = 0;

	strcpy(copy, line);
	argv[argc++] = "prog";
	for (char *t = strtok(copy, " "); t; t = strtok(NULL, " "))
		argv[argc++] = strcmp(t, "''") ? t : "";
	argv[argc] = NULL;
	printf("getopt \"%s\" %s\n", opts, line);
	optind = 0;
	for (int c; (c = getopt(argc, argv, opts)) != -1;)
		printf("  %c optarg %s optind %d optopt %d\n", c == 1 ? '1' : c,
		       optarg ? optarg : "(null)", optind, optopt);
	finish(argc, argv);
}

static int flag;
static const struct option longs[] = {
	{ "alpha", no_argument, NULL, 'a' },
	{ "beta", required_argument, NULL, 'b' },
	{ "gamma", optional_argument, NULL, 'g' },
	{ "flag", no_argument, &flag, 42 },
	{ "alphabet", no_argument, NULL, 'A' },
	{ "delta", required_argument, NULL, 300 },
	{ "delt", no_argument, NULL, 301 },
	{ NULL, 0, NULL, 0 },
};

static void run_long(const char *opts, const char *line, int only)
{
	char copy[200], *argv[32];
	int argc = 0;

	strcpy(copy, line);
	argv[argc++] = "prog";
	for (char *t = strtok(copy, " "); t; t = strtok(NULL, " "))
		argv[argc++] = t;
	argv[argc] = NULL;
	printf("getopt_long%s \"%s\" %s\n", only ? "_only" : "", opts, line);
	optind = 0;
	flag = 0;
	int index = -1;
	for (int c; (c = (only ? getopt_long_only : getopt_long)(argc, argv, opts, longs, &index)) != -1;) {
		printf("  %d optarg %s optind %d optopt %d index %d flag %d\n", c,
		       optarg ? optarg : "(null)", optind, optopt, index, flag);
		index = -1;
	}
	finish(argc, argv);
}

int main(int argc, char **argv)
{
	for (int c; (c = getopt(argc, argv, "abc:")) != -1;)
		printf("main %c %s\n", c, optarg ? optarg : "(null)");
	finish(argc, argv);

	run("ab:c::", "-a -b 1 -b2 -c -cx");
	run("ab:c::", "one -a two -b three four -- -a five");
	run("ab:c::", "-abfoo -ab foo");
	run("ab:c::", "-x -a -b");
	run(":ab:", "-x -a -b");
	run("ab", "- -a -- -b");
	run("ab", "-a - -b");
	run("+ab", "-a x -b");
	run("-ab", "-a x -b y");
	run("-:ab:", "x -b");
	run("ab:", "x y z");
	run("ab:", "x -a y -b z w");
	run("ab:", "-a -- x");
	run("ab:", "x -- -a");
	run("a:", "-a");
	run("a:", "-a --");
	run("a:", "x -a");
	run("ab", "-a -:");
	run("abc", "-abc -cba -aaa");
	run("ab:", "");
	run("ab:", "'' -a");

	setenv("POSIXLY_CORRECT", "1", 1);
	run("ab", "-a x -b");
	unsetenv("POSIXLY_CORRECT");

	run_long("ab:g::", "--alpha --beta=1 --beta 2 --gamma --gamma=3 -a x", 0);
	run_long("ab:", "--alp --alpha --alphab --al", 0);
	run_long("ab:", "--flag --beta", 0);
	run_long("ab:", "--alpha=no --nope --delt --del --delta=4 --delta 5", 0);
	run_long("ab:", "x --alpha y -- --beta", 0);
	run_long(":ab:", "--beta", 0);
	run_long("ab:", "--", 0);
	run_long("ab:", "-ab 7 --beta=", 0);
	run_long("ab:", "-alpha -beta 1 -b 2 -a -ab 3 -gamma -fl", 1);
	run_long("ab:", "-al -alphabet -x -z --alpha", 1);
	return test_done();
}
