#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "fts_impl.h"

int __fts_stat(FTS *fts, FTSENT *p, int follow)
{
	struct stat *st = p->fts_statp;

	follow = follow || (fts->fts_options & FTS_LOGICAL);
	p->fts_errno = 0;
	if (follow) {
		if (stat(p->fts_accpath, st)) {
			int err = errno;
			if (lstat(p->fts_accpath, st) == 0 && S_ISLNK(st->st_mode)) {
				errno = 0;
				goto found;
			}
			p->fts_errno = err;
			goto none;
		}
	} else if (lstat(p->fts_accpath, st)) {
		p->fts_errno = errno;
		goto none;
	}
found:
	p->fts_dev = st->st_dev;
	p->fts_ino = st->st_ino;
	p->fts_nlink = st->st_nlink;
	if (S_ISLNK(st->st_mode))
		return follow ? FTS_SLNONE : FTS_SL;
	if (!S_ISDIR(st->st_mode))
		return S_ISREG(st->st_mode) ? FTS_F : FTS_DEFAULT;
	/* A root named "." or ".." is a directory like any other. */
	const char *n = p->fts_name;
	if (p->fts_level > FTS_ROOTLEVEL && n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
		return FTS_DOT;
	for (FTSENT *up = p->fts_parent; up->fts_level >= FTS_ROOTLEVEL; up = up->fts_parent) {
		if (up->fts_dev == p->fts_dev && up->fts_ino == p->fts_ino) {
			p->fts_cycle = up;
			return FTS_DC;
		}
	}
	return FTS_D;
none:
	memset(st, 0, sizeof *st);
	return FTS_NS;
}
