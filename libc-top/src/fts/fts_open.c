#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fts_impl.h"

FTS *fts_open(char *const *argv, int options, int (*compar)(const FTSENT **, const FTSENT **))
{
	/* Without FTS_LOGICAL the walk is physical, whether FTS_PHYSICAL is
	   given or not (BSD asks for one of the two; glibc takes neither). */
	if (options & ~FTS_OPTIONMASK) {
		errno = EINVAL;
		return 0;
	}
	struct fts_state *s = calloc(1, sizeof *s);
	FTSENT *top = calloc(1, sizeof *top);
	if (!s || !top) {
		free(s);
		free(top);
		return 0;
	}
	FTS *fts = &s->fts;
	fts->fts_options = options | FTS_NOCHDIR;
	fts->fts_compar = compar;
	fts->fts_rfd = -1;
	top->fts_level = FTS_ROOTPARENTLEVEL;
	top->fts_path = top->fts_accpath = top->fts_name;
	top->fts_info = FTS_INIT;
	s->top = top;

	FTSENT *roots = 0, **tail = &roots;
	size_t n = 0;
	for (; *argv; argv++, n++) {
		size_t len = strlen(*argv);
		if (!len) {
			errno = ENOENT;
			goto fail;
		}
		FTSENT *p = __fts_alloc(top, *argv, len);
		if (!p)
			goto fail;
		p->fts_info = __fts_stat(fts, p, options & FTS_COMFOLLOW);
		*tail = p;
		tail = &p->fts_link;
	}
	if (compar)
		roots = __fts_sort(fts, roots, n);
	/* fts_children before any fts_read lists the roots. */
	fts->fts_cur = top;
	top->fts_link = roots;
	return fts;
fail:
	__fts_free_list(roots);
	free(top);
	free(s);
	return 0;
}
