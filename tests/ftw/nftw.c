// portable
// scratch
/* nftw over a tree with files, directories, symbolic links to a file, to a
   directory outside the tree and to nothing. Visits are collected and
   printed sorted, so the order readdir happens to give does not matter. */
#define _XOPEN_SOURCE 700
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "errcheck.h"

static char lines[64][160];
static int nlines;
static const char *stop_at;
static char top[1024];
static int chdir_mode;

/* Claims made inside the visitor are counted once per walk, so that the
   number of checks does not depend on where a stopped walk stopped. */
static int bad;
#define VCHECK(e) ((e) ? (void)0 : (void)(bad++, printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #e)))

static const char *kind(int type)
{
	switch (type) {
	case FTW_F: return "F";
	case FTW_D: return "D";
	case FTW_DNR: return "DNR";
	case FTW_NS: return "NS";
	case FTW_SL: return "SL";
	case FTW_DP: return "DP";
	case FTW_SLN: return "SLN";
	}
	return "?";
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	char where[100] = "";

	VCHECK(nlines < 64);
	if (nlines >= 64)
		return -1;
	/* The stat buffer agrees with the type. */
	if (type == FTW_D || type == FTW_DP)
		VCHECK(S_ISDIR(st->st_mode));
	if (type == FTW_F)
		VCHECK(S_ISREG(st->st_mode) && st->st_size == 5);
	if (type == FTW_SL || type == FTW_SLN)
		VCHECK(S_ISLNK(st->st_mode));
	VCHECK(ftw->base >= 0 && (size_t)ftw->base < strlen(path));
	if (chdir_mode && type != FTW_DP) {
		/* The working directory is the one holding the file: the base
		   name opens from there. (Where a directory is reported after its
		   contents is left open: glibc is still inside it, we are in
		   its parent.) */
		char cwd[1024];
		VCHECK(getcwd(cwd, sizeof cwd) != NULL);
		/* The scratch directory is "/" under WASI, a deeper one natively. */
		size_t n = strlen(top);
		if (top[n - 1] == '/')
			n--;
		VCHECK(!strncmp(cwd, top, n));
		const char *rel = strcmp(cwd, "/") ? cwd + n : "";
		snprintf(where, sizeof where, " cwd=.%s", rel);
		struct stat here;
		VCHECK(lstat(path + ftw->base, &here) == 0);
		VCHECK(here.st_ino == st->st_ino || type == FTW_SLN);
	}
	snprintf(lines[nlines++], sizeof lines[0], "%s level=%d base=%s %s%s",
	         path, ftw->level, path + ftw->base, kind(type), where);
	return stop_at && !strcmp(path, stop_at) ? 7 : 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void walk(const char *title, const char *root, int fds, int flags, int expect)
{
	nlines = 0;
	CHECK_EQ(nftw(root, visit, fds, flags), expect);
	CHECK_EQ(bad, 0);
	qsort(lines, nlines, sizeof lines[0], cmp);
	printf("%s: %d visits\n", title, nlines);
	for (int i = 0; i < nlines; i++)
		printf("  %s\n", lines[i]);
}

static void file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	/* Five bytes each, which the callback checks in st_size. */
	CHECK_EQ(write(fd, "hello", 5), 5);
	CHECK_EQ(close(fd), 0);
}

int main(void)
{
	CHECK(getcwd(top, sizeof top) != NULL);
	CHECK_EQ(mkdir("t", 0755), 0);
	CHECK_EQ(mkdir("t/d", 0755), 0);
	CHECK_EQ(mkdir("t/d/e", 0755), 0);
	CHECK_EQ(mkdir("out", 0755), 0);
	file("t/a");
	file("t/d/b");
	file("out/x");
	CHECK_EQ(symlink("a", "t/ls"), 0);
	CHECK_EQ(symlink("nowhere", "t/dangle"), 0);
	CHECK_EQ(symlink("../out", "t/dl"), 0);

	walk("follow", "t", 4, 0, 0);
	walk("physical", "t", 4, FTW_PHYS, 0);
	walk("depth", "t", 1, FTW_PHYS | FTW_DEPTH, 0);
	walk("mount", "t/d", 2, FTW_PHYS | FTW_MOUNT, 0);
	walk("file root", "t/a", 1, 0, 0);
	walk("link root", "t/ls", 1, FTW_PHYS, 0);

	chdir_mode = 1;
	walk("chdir", "t", 3, FTW_PHYS | FTW_CHDIR, 0);
	walk("chdir depth", "t/d", 3, FTW_CHDIR | FTW_DEPTH, 0);
	chdir_mode = 0;
	char cwd[1024];
	CHECK(getcwd(cwd, sizeof cwd) && !strcmp(cwd, top));

	/* A nonzero return stops the walk and is returned. */
	stop_at = "t/d";
	walk("stop", "t/d", 2, FTW_PHYS, 7);
	stop_at = "t/d/e";
	nlines = 0;
	CHECK_EQ(nftw("t", visit, 2, FTW_PHYS | FTW_DEPTH), 7);
	CHECK(nlines >= 2 && nlines < 8);
	stop_at = NULL;

	/* A root that does not exist is an error; nothing is visited. */
	nlines = 0;
	CHECK_ERR(nftw("missing", visit, 2, 0), ENOENT);
	CHECK_ERR(nftw("t/a/x", visit, 2, 0), ENOTDIR);
	CHECK_ERR(nftw("", visit, 2, 0), ENOENT);
	CHECK_EQ(nlines, 0);
	/* As in glibc, a descriptor limit below one still walks. */
	CHECK_EQ(nftw("t", visit, NUM(0), FTW_PHYS), 0);
	CHECK_EQ(nlines, 8);
	CHECK_EQ(bad, 0);
	return test_done();
}
