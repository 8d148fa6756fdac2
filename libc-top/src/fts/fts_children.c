#include <errno.h>
#include "fts_impl.h"

FTSENT *fts_children(FTS *fts, int options)
{
	struct fts_state *s = (struct fts_state *)fts;
	FTSENT *p = fts->fts_cur;

	if (options && options != FTS_NAMEONLY) {
		errno = EINVAL;
		return 0;
	}
	errno = 0;
	if (!p || (fts->fts_options & FTS_STOP))
		return 0;
	/* Before the first fts_read: the roots. */
	if (p == s->top)
		return p->fts_link;
	/* Only a directory being visited in pre-order has children to list. */
	if (p->fts_info != FTS_D)
		return 0;
	__fts_free_list(fts->fts_child);
	if (options)
		fts->fts_options |= FTS_NAMEONLY;
	else
		fts->fts_options &= ~FTS_NAMEONLY;
	fts->fts_child = __fts_build(fts, p, options ? FTS_BNAMES : FTS_BCHILD);
	return fts->fts_child;
}
