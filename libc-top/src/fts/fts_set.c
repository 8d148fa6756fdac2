#include <errno.h>
#include "fts_impl.h"

int fts_set(FTS *fts, FTSENT *p, int instr)
{
	(void)fts;
	switch (instr) {
	case 0:
	case FTS_AGAIN:
	case FTS_FOLLOW:
	case FTS_NOINSTR:
	case FTS_SKIP:
		p->fts_instr = instr;
		return 0;
	}
	errno = EINVAL;
	return 1;
}
