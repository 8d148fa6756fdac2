#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "fts_impl.h"

FTSENT *__fts_alloc(FTSENT *parent, const char *name, size_t len)
{
	int root = parent->fts_level == FTS_ROOTPARENTLEVEL;
	size_t dirlen = parent->fts_pathlen;
	/* No second slash after a directory whose path ends in one ("/"). */
	if (dirlen && parent->fts_path[dirlen - 1] == '/')
		dirlen--;
	size_t pathlen = root ? len : dirlen + 1 + len;
	/* One block: the entry with its name, the path, then the stat. */
	size_t size = offsetof(FTSENT, fts_name) + len + 1 + pathlen + 1;
	size_t at = (size + alignof(struct stat) - 1) & ~(alignof(struct stat) - 1);
	if (len > (unsigned)-1 / 2 || pathlen > (unsigned)-1 / 2)
		return 0;
	FTSENT *p = malloc(at + sizeof(struct stat));
	if (!p)
		return 0;
	memset(p, 0, offsetof(FTSENT, fts_name));
	memcpy(p->fts_name, name, len);
	p->fts_name[len] = 0;
	p->fts_namelen = len;
	p->fts_path = p->fts_name + len + 1;
	if (root) {
		memcpy(p->fts_path, name, len + 1);
	} else {
		memcpy(p->fts_path, parent->fts_path, dirlen);
		p->fts_path[dirlen] = '/';
		memcpy(p->fts_path + dirlen + 1, name, len + 1);
	}
	p->fts_pathlen = pathlen;
	p->fts_accpath = p->fts_path;
	p->fts_statp = (struct stat *)((char *)p + at);
	p->fts_parent = parent;
	p->fts_level = parent->fts_level + 1;
	p->fts_instr = FTS_NOINSTR;
	p->fts_symfd = -1;
	return p;
}
