#include <stdlib.h>
#include "fts_impl.h"

int fts_close(FTS *fts)
{
	struct fts_state *s = (struct fts_state *)fts;
	FTSENT *p = fts->fts_cur;

	__fts_free_list(fts->fts_child);
	if (p == s->top) {
		__fts_free_list(p->fts_link);
	} else {
		/* What the walk has not left yet: the current entry, the
		   siblings after it, and so on up each ancestor. */
		while (p && p != s->top) {
			FTSENT *next = p->fts_link ? p->fts_link : p->fts_parent;
			free(p);
			p = next;
		}
	}
	free(s->top);
	free(fts->fts_array);
	free(s);
	return 0;
}
