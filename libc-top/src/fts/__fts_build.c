#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fts_impl.h"

static int is_dot(const char *n)
{
	return n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2]));
}

FTSENT *__fts_build(FTS *fts, FTSENT *dir, int how)
{
	DIR *d = opendir(dir->fts_accpath);
	if (!d) {
		if (how == FTS_BREAD) {
			dir->fts_info = FTS_DNR;
			dir->fts_errno = errno;
		}
		return 0;
	}
	FTSENT *head = 0, **tail = &head;
	size_t n = 0;
	struct dirent *e;
	int err = 0;
	for (;;) {
		errno = 0;
		if (!(e = readdir(d))) {
			err = errno;
			break;
		}
		if (is_dot(e->d_name) && !(fts->fts_options & FTS_SEEDOT))
			continue;
		FTSENT *p = __fts_alloc(dir, e->d_name, strlen(e->d_name));
		if (!p) {
			err = errno ? errno : ENOMEM;
			break;
		}
		*tail = p;
		tail = &p->fts_link;
		n++;
		if (how == FTS_BNAMES) {
			p->fts_info = FTS_NSOK;
			continue;
		}
		/* FTS_NOSTAT: what readdir says is enough for anything but a
		   directory, or a link that a logical walk would follow. */
		unsigned char t = e->d_type;
		if ((fts->fts_options & FTS_NOSTAT) && t != DT_UNKNOWN && t != DT_DIR &&
		    !(t == DT_LNK && (fts->fts_options & FTS_LOGICAL))) {
			p->fts_info = FTS_NSOK;
			continue;
		}
		p->fts_info = __fts_stat(fts, p, 0);
		if (is_dot(p->fts_name) && p->fts_info != FTS_NS)
			p->fts_info = FTS_DOT;
	}
	closedir(d);
	if (err) {
		/* Allocation failing stops the walk; a read error is the
		   directory's, as when it cannot be opened. */
		__fts_free_list(head);
		if (err == ENOMEM) {
			fts->fts_options |= FTS_STOP;
		} else if (how == FTS_BREAD) {
			dir->fts_info = FTS_DNR;
			dir->fts_errno = err;
		}
		errno = err;
		return 0;
	}
	if (!head) {
		if (how == FTS_BREAD)
			dir->fts_info = FTS_DP;
		errno = 0;
		return 0;
	}
	if (fts->fts_compar)
		head = __fts_sort(fts, head, n);
	return head;
}
