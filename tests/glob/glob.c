// portable
// scratch
/* glob over a tree the test builds: sorting, hidden files, directories
   in the middle and at the end of a pattern, every flag, errfunc and the
   error returns. */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	if (fd >= 0)
		close(fd);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void show(const char *what, int r, glob_t *g, int sorted)
{
	printf("%-22s %d", what, r);
	if (!sorted)
		qsort(g->gl_pathv + g->gl_offs, g->gl_pathc, sizeof(char *), cmp);
	for (size_t i = 0; i < g->gl_pathc; i++)
		printf(" %s", g->gl_pathv[g->gl_offs + i]);
	printf("\n");
	CHECK(g->gl_pathv == NULL || g->gl_pathv[g->gl_offs + g->gl_pathc] == NULL);
}

static void one(const char *pat, int flags, int expect)
{
	glob_t g;
	int r = glob(STR(pat), flags, NULL, &g);

	CHECK_EQ(r, expect);
	show(pat, r, &g, !(flags & GLOB_NOSORT));
	if (r == 0 || r == GLOB_NOMATCH)
		globfree(&g);
}

static int errs;
static char last_err[64];
static int last_errno;

static int on_error(const char *path, int err)
{
	errs++;
	snprintf(last_err, sizeof last_err, "%s", path);
	last_errno = err;
	return 0;
}

static int stop_error(const char *path, int err)
{
	(void)path, (void)err;
	errs++;
	return 1;
}

int main(void)
{
	glob_t g;
	int r;

	touch("a.c");
	touch("b.c");
	touch("c.h");
	touch(".hidden.c");
	touch("we*ird");
	touch("q?");
	touch("file");
	CHECK_EQ(mkdir("dir1", 0755), 0);
	CHECK_EQ(mkdir("dir2", 0755), 0);
	CHECK_EQ(mkdir("dir2/sub", 0755), 0);
	touch("dir1/x.c");
	touch("dir1/y.txt");
	touch("dir2/x.c");
	touch("dir2/sub/z.c");
	touch("dir2/sub/.z.c");

	one("*.c", 0, 0);
	one("*", 0, 0);
	one(".*.c", 0, 0);
	one("?.c", 0, 0);
	one("[ab].c", 0, 0);
	one("[!a].[ch]", 0, 0);
	one("dir*/x.c", 0, 0);
	one("*/*.c", 0, 0);
	one("*/*/*.c", 0, 0);
	one("dir2/*/.*.c", 0, 0);
	one("dir2/s*/*", 0, 0);
	one("*/", 0, 0);
	one("dir1/", 0, 0);
	one("a.c", 0, 0);
	one("zzz", 0, GLOB_NOMATCH);
	one("zzz*", 0, GLOB_NOMATCH);
	one("dir9/*.c", 0, GLOB_NOMATCH);
	one("zzz*", GLOB_NOCHECK, 0);
	one("z\\z*", GLOB_NOCHECK, 0);
	one("we\\*ird", 0, 0);
	one("we\\*ird", GLOB_NOESCAPE, GLOB_NOMATCH);
	one("we*ird", 0, 0);
	one("q\\?", 0, 0);
	one("q?", 0, 0);
	one("*", GLOB_MARK, 0);
	one("dir1", GLOB_MARK, 0);
	one("*.c", GLOB_NOSORT, 0);
	one("*.c", GLOB_PERIOD, 0);
	one("dir1//x.c", 0, 0);
	one("dir1/*//", 0, GLOB_NOMATCH);
	one("[]", 0, GLOB_NOMATCH);
	one("", 0, GLOB_NOMATCH);

	/* GLOB_DOOFFS reserves null slots at the front. */
	g.gl_offs = 2;
	r = glob(STR("*.h"), GLOB_DOOFFS, NULL, &g);
	CHECK_EQ(r, 0);
	CHECK(g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL);
	show("DOOFFS *.h", r, &g, 1);
	/* GLOB_APPEND adds to it, keeping the offsets. */
	r = glob(STR("*.c"), GLOB_DOOFFS | GLOB_APPEND, NULL, &g);
	CHECK_EQ(r, 0);
	CHECK_EQ(g.gl_pathc, 3);
	CHECK(g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL);
	show("APPEND *.c", r, &g, 1);
	r = glob(STR("nothing*"), GLOB_DOOFFS | GLOB_APPEND, NULL, &g);
	CHECK_EQ(r, GLOB_NOMATCH);
	CHECK_EQ(g.gl_pathc, 3);
	r = glob(STR("dir1/*"), GLOB_DOOFFS | GLOB_APPEND, NULL, &g);
	CHECK_EQ(r, 0);
	show("APPEND dir1/*", r, &g, 1);
	globfree(&g);
	CHECK(g.gl_pathv == NULL);

	/* A file in the middle of a pattern is not a directory: it matches
	   nothing, and is no error. */
	errs = 0;
	r = glob(STR("file/*"), GLOB_ERR, on_error, &g);
	printf("file/*: %d errs %d\n", r, errs);
	CHECK_EQ(r, GLOB_NOMATCH);
	CHECK_EQ(errs, 0);
	globfree(&g);
	/* A missing directory is, and errfunc hears of it. */
	errs = 0;
	r = glob(STR("dir9/*"), 0, on_error, &g);
	printf("dir9/*: %d errs %d %s %s\n", r, errs, last_err,
	       last_errno == ENOENT ? "ENOENT" : "?");
	CHECK_EQ(r, GLOB_NOMATCH);
	globfree(&g);
	r = glob(STR("dir2//../dir9//*"), 0, on_error, &g);
	printf("dir2//../dir9//*: %d %s\n", r, last_err);
	CHECK_EQ(r, GLOB_NOMATCH);
	globfree(&g);
	r = glob(STR("dir9/*"), GLOB_ERR, NULL, &g);
	printf("dir9/* GLOB_ERR: %d\n", r);
	CHECK_EQ(r, GLOB_ABORTED);
	globfree(&g);
	errs = 0;
	r = glob(STR("dir9/*"), 0, stop_error, &g);
	CHECK_EQ(r, GLOB_ABORTED);
	CHECK_EQ(errs, 1);
	globfree(&g);
	/* The errors of one branch do not stop the others. */
	errs = 0;
	r = glob(STR("*/x.c"), 0, on_error, &g);
	show("*/x.c", r, &g, 1);
	printf("errs %d\n", errs);
	CHECK_EQ(r, 0);
	globfree(&g);
	return test_done();
}
