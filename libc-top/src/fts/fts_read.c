#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fts_impl.h"

/* Makes p current, carrying out what fts_set asked of it while it was in
   a list fts_children returned. Returns 0 when p is to be skipped. */
static int arrive(FTS *fts, FTSENT *p)
{
	fts->fts_cur = p;
	if (p->fts_instr == FTS_SKIP)
		return 0;
	if (p->fts_instr == FTS_FOLLOW)
		p->fts_info = __fts_stat(fts, p, 1);
	p->fts_instr = FTS_NOINSTR;
	if (p->fts_level == FTS_ROOTLEVEL) {
		fts->fts_dev = p->fts_dev;
		/* A root is named as given until the walk reaches it, then by
		   its last component, as in BSD and glibc ("/" stays "/"). */
		char *slash = strrchr(p->fts_name, '/');
		if (slash && (slash != p->fts_name || slash[1])) {
			size_t len = strlen(slash + 1);
			memmove(p->fts_name, slash + 1, len + 1);
			p->fts_namelen = len;
		}
	}
	return 1;
}

/* Frees p, which the walk is done with, and goes on to its next sibling,
   or when it was the last, to its directory in post-order. */
static FTSENT *leave(struct fts_state *s, FTSENT *p)
{
	FTS *fts = &s->fts;

	for (;;) {
		FTSENT *next = p->fts_link;
		if (!next) {
			FTSENT *up = p->fts_parent;
			free(p);
			if (up == s->top) {
				fts->fts_cur = 0;
				errno = 0;
				return 0;
			}
			up->fts_info = FTS_DP;
			fts->fts_cur = up;
			return up;
		}
		free(p);
		p = next;
		if (arrive(fts, p))
			return p;
	}
}

/* The first entry of a list, or what follows it when it is skipped. */
static FTSENT *enter(struct fts_state *s, FTSENT *first)
{
	return arrive(&s->fts, first) ? first : leave(s, first);
}

FTSENT *fts_read(FTS *fts)
{
	struct fts_state *s = (struct fts_state *)fts;
	FTSENT *p = fts->fts_cur;

	if (!p || (fts->fts_options & FTS_STOP))
		return 0;
	if (p == s->top) {
		FTSENT *roots = p->fts_link;
		p->fts_link = 0;
		if (!roots) {
			fts->fts_cur = 0;
			errno = 0;
			return 0;
		}
		return enter(s, roots);
	}

	int instr = p->fts_instr;
	p->fts_instr = FTS_NOINSTR;
	if (instr == FTS_AGAIN) {
		int follow = p->fts_level == FTS_ROOTLEVEL && (fts->fts_options & FTS_COMFOLLOW);
		p->fts_info = __fts_stat(fts, p, follow);
		return p;
	}
	if (instr == FTS_FOLLOW && (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE)) {
		p->fts_info = __fts_stat(fts, p, 1);
		return p;
	}

	FTSENT *kids = fts->fts_child;
	fts->fts_child = 0;
	if (p->fts_info == FTS_D) {
		/* A directory skipped, or on another device under FTS_XDEV, is
		   reported again in post-order, without its contents. */
		if (instr == FTS_SKIP || ((fts->fts_options & FTS_XDEV) && p->fts_dev != fts->fts_dev)) {
			__fts_free_list(kids);
			p->fts_info = FTS_DP;
			return p;
		}
		/* Names alone, from fts_children, are not enough to walk. */
		if (fts->fts_options & FTS_NAMEONLY) {
			__fts_free_list(kids);
			kids = 0;
			fts->fts_options &= ~FTS_NAMEONLY;
		}
		if (!kids)
			kids = __fts_build(fts, p, FTS_BREAD);
		if (!kids)
			/* Unreadable (FTS_DNR) or empty (FTS_DP): p again. */
			return fts->fts_options & FTS_STOP ? 0 : p;
		return enter(s, kids);
	}
	__fts_free_list(kids);
	return leave(s, p);
}
