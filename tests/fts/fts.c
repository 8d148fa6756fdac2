// portable
// scratch
/* The BSD fts walk over a tree with files, directories, symbolic links to
   a file, a directory outside the tree, nothing, and an ancestor. Children
   are ordered by name through the comparison function, so the output does
   not depend on readdir's order. */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <fts.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "errcheck.h"

static const char *info(int i)
{
	static const char *const names[] = {
		"?", "D", "DC", "DEFAULT", "DNR", "DOT", "DP", "ERR", "F", "INIT",
		"NS", "NSOK", "SL", "SLNONE", "W",
	};
	return i >= 0 && i <= 14 ? names[i] : "?";
}

static int by_name(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

static int nostat;

/* One line per entry; the claims every entry must satisfy are checked. */
static void show(const FTSENT *p)
{
	printf("  %-6s L%d %s name=%s", info(p->fts_info), (int)p->fts_level, p->fts_path,
	       p->fts_name);
	CHECK_EQ(strlen(p->fts_path), p->fts_pathlen);
	CHECK_EQ(strlen(p->fts_name), p->fts_namelen);
	CHECK(p->fts_parent != NULL);
	if (p->fts_level > 0)
		CHECK(!strncmp(p->fts_path, p->fts_parent->fts_path, strlen(p->fts_parent->fts_path)));
	/* Under FTS_NOSTAT glibc leaves fts_statp null. */
	switch (nostat ? -1 : p->fts_info) {
	case FTS_D:
	case FTS_DP:
		CHECK(S_ISDIR(p->fts_statp->st_mode));
		CHECK_EQ(p->fts_ino, p->fts_statp->st_ino);
		break;
	case FTS_F:
		CHECK(S_ISREG(p->fts_statp->st_mode) && p->fts_statp->st_size == 5);
		break;
	case FTS_SL:
	case FTS_SLNONE:
		CHECK(S_ISLNK(p->fts_statp->st_mode));
		break;
	case FTS_DC:
		/* Only the current entry's fts_path is sure to be valid: BSD
		   and glibc keep all of them in one buffer. */
		printf(" cycle=L%d %s", (int)p->fts_cycle->fts_level, p->fts_cycle->fts_name);
		break;
	case FTS_NS:
		printf(" errno=%s", errname(p->fts_errno));
		break;
	}
	if (p->fts_info != FTS_NS) {
		/* The access path names the same file from where we are. */
		struct stat st;
		CHECK(lstat(p->fts_accpath, &st) == 0);
	}
	printf("\n");
}

static void walk(const char *title, char *const *roots, int options)
{
	printf("%s:\n", title);
	nostat = options & FTS_NOSTAT;
	FTS *fts = fts_open(roots, options, by_name);
	CHECK(fts != NULL);
	if (!fts)
		return;
	FTSENT *p;
	while ((p = fts_read(fts)))
		show(p);
	CHECK_EQ(ERRNO, 0);
	CHECK(fts_read(fts) == NULL);
	CHECK_EQ(fts_close(fts), 0);
}

static void file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "hello", 5), 5);
	CHECK_EQ(close(fd), 0);
}

int main(void)
{
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
	CHECK_EQ(symlink("..", "t/d/up"), 0);

	char *t[] = { "t", NULL };
	walk("physical", t, FTS_PHYSICAL);
	walk("logical", t, FTS_LOGICAL);
	walk("xdev", t, FTS_PHYSICAL | FTS_XDEV | FTS_NOCHDIR);
	walk("nostat", t, FTS_PHYSICAL | FTS_NOSTAT);
	char *d[] = { "t/d", NULL };
	walk("seedot", d, FTS_PHYSICAL | FTS_SEEDOT);
	char *roots[] = { "t/ls", "missing", "t/dl", "t/dangle", NULL };
	walk("roots", roots, FTS_PHYSICAL);
	walk("roots followed", roots, FTS_PHYSICAL | FTS_COMFOLLOW);

	/* fts_set: skip a directory, follow a link, visit a file again. */
	printf("fts_set:\n");
	FTS *fts = fts_open(t, FTS_PHYSICAL, by_name);
	CHECK(fts != NULL);
	FTSENT *p;
	int again = 0;
	while ((p = fts_read(fts))) {
		show(p);
		if (!strcmp(p->fts_path, "t/d") && p->fts_info == FTS_D)
			CHECK_EQ(fts_set(fts, p, FTS_SKIP), 0);
		if (!strcmp(p->fts_path, "t/dl") && p->fts_info == FTS_SL)
			CHECK_EQ(fts_set(fts, p, FTS_FOLLOW), 0);
		if (!strcmp(p->fts_path, "t/a") && !again++)
			CHECK_EQ(fts_set(fts, p, FTS_AGAIN), 0);
	}
	CHECK_EQ(again, 2);
	CHECK_EQ(fts_set(fts, NULL, 99), 1);
	CHECK_EQ(ERRNO, EINVAL);
	CHECK_EQ(fts_close(fts), 0);

	/* fts_children: the roots before the first read, then the current
	   directory's entries, which the walk then uses. */
	printf("fts_children:\n");
	char *two[] = { "t/d", "t/a", "out", NULL };
	fts = fts_open(two, FTS_PHYSICAL, by_name);
	CHECK(fts != NULL);
	for (p = fts_children(fts, 0); p; p = p->fts_link)
		printf("  root %s %s\n", p->fts_name, info(p->fts_info));
	while ((p = fts_read(fts))) {
		show(p);
		/* Names only, which the walk then reads again in full. */
		if (p->fts_info == FTS_D && !strcmp(p->fts_name, "out"))
			for (FTSENT *c = fts_children(fts, FTS_NAMEONLY); c; c = c->fts_link)
				printf("    name %s\n", c->fts_name);
		if (p->fts_info == FTS_D && !strcmp(p->fts_name, "d")) {
			for (FTSENT *c = fts_children(fts, 0); c; c = c->fts_link) {
				printf("    child %s %s\n", c->fts_name, info(c->fts_info));
				/* An instruction given in the list holds when reached. */
				if (!strcmp(c->fts_name, "e"))
					CHECK_EQ(fts_set(fts, c, FTS_SKIP), 0);
			}
		}
		if (p->fts_info == FTS_F) {
			errno = EBADF;
			CHECK(fts_children(fts, 0) == NULL);
			CHECK_EQ(ERRNO, 0);
		}
	}
	errno = 0;
	CHECK(fts_children(fts, 12345) == NULL);
	CHECK_EQ(ERRNO, EINVAL);
	CHECK_EQ(fts_close(fts), 0);

	/* Closing in the middle of a walk. */
	fts = fts_open(t, FTS_LOGICAL, NULL);
	CHECK(fts != NULL);
	CHECK(fts_read(fts) != NULL);
	CHECK(fts_read(fts) != NULL);
	CHECK_EQ(fts_close(fts), 0);

	/* Errors from fts_open. */
	/* Neither FTS_LOGICAL nor FTS_PHYSICAL: a physical walk, as in glibc. */
	fts = fts_open(t, 0, NULL);
	CHECK(fts != NULL);
	CHECK(fts_read(fts) != NULL);
	CHECK_EQ(fts_close(fts), 0);
	errno = 0;
	CHECK(fts_open(t, FTS_PHYSICAL | 0x4000, NULL) == NULL);
	CHECK_EQ(ERRNO, EINVAL);
	char *empty[] = { "t", "", NULL };
	errno = 0;
	CHECK(fts_open(empty, FTS_PHYSICAL, NULL) == NULL);
	CHECK_EQ(ERRNO, ENOENT);
	return test_done();
}
