#ifndef FTS_IMPL_H
#define FTS_IMPL_H

/* The fts walk never changes the working directory (FTS_NOCHDIR is always
   in effect, which the BSD interface allows): every entry carries its own
   full path, and fts_accpath is fts_path.

   Entries are freed as the walk leaves them: an entry when fts_read moves
   to its next sibling, a directory's last child when the walk goes back
   up. So what is alive at any time is the current entry, the siblings
   after it, its ancestors and the siblings after each of them. */

#include <fts.h>
#include "libc.h"

struct fts_state {
	FTS fts;
	/* The roots' parent, at FTS_ROOTPARENTLEVEL, alive until fts_close.
	   It is fts_cur until the first fts_read, with the roots as its
	   fts_link (what fts_children lists then). */
	FTSENT *top;
};

/* What fts_build is for: the walk (a failure marks the directory), the
   caller of fts_children, or the caller of fts_children with names only. */
enum { FTS_BREAD, FTS_BCHILD, FTS_BNAMES };

/* A new entry called name (len bytes) in the directory parent, its path
   joined to the parent's; a root when parent is the top. */
hidden FTSENT *__fts_alloc(FTSENT *parent, const char *name, size_t len);

/* Examines p (following a symbolic link when follow says so, or the walk
   is logical) and returns its fts_info; fills its stat, device, inode and
   link count, fts_errno and, for a directory cycle, fts_cycle. */
hidden int __fts_stat(FTS *, FTSENT *p, int follow);

/* The children of directory dir, linked and sorted by fts_compar; null
   with errno 0 when there are none, or with errno set on an error. */
hidden FTSENT *__fts_build(FTS *, FTSENT *dir, int how);

/* Orders a list of n entries by fts_compar (stably). */
hidden FTSENT *__fts_sort(FTS *, FTSENT *head, size_t n);

/* Frees a list linked by fts_link. */
hidden void __fts_free_list(FTSENT *);

#endif
